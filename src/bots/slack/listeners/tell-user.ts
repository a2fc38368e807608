import type { RespondFn } from '@slack/bolt';
import type { CardSubject } from '../../../core/desk/card-subject.js';
import { describeError } from '../../../errors.js';
import { escapeSlackText } from '../render/escape-slack-text.js';
import type { SlackBotContext } from '../slack-bot-context.js';

/**
 * A private line to one user: through the click's response_url when there is one, else
 * (modal submissions) as an ephemeral message next to the subject's card, or in the moderators'
 * channel when it has no card. Never throws: a note that cannot be sent is logged.
 */
export async function tellUser(ctx: SlackBotContext, to: { respond: RespondFn } | { userId: string; subject: CardSubject | null }, text: string): Promise<void> {
  try {
    if ('respond' in to) {
      await to.respond({ response_type: 'ephemeral', replace_original: false, text: escapeSlackText(text) });
      return;
    }
    const post = to.subject ? await ctx.ledger.get('slack', to.subject) : null;
    await ctx.client.chat.postEphemeral({ channel: post?.channelId ?? ctx.config.moderatorsChannel, user: to.userId, text: escapeSlackText(text) });
  } catch (error) {
    ctx.logger.warn(describeError(error), 'could not send a private note');
  }
}
