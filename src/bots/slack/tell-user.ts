import { describeError } from '../describe-error.js';
import { escapeSlackText } from './escape-slack-text.js';
import type { SlackBotContext } from './slack-bot-context.js';

/**
 * A private note to one user (chat.postEphemeral), next to the draft's card when there is one,
 * else in the moderators' channel: used where no response_url exists (modal submissions).
 */
export async function tellUser(ctx: SlackBotContext, userId: string, text: string, draftId: number | null): Promise<void> {
  const post = draftId === null ? null : await ctx.cardPosts.get(draftId);
  const channel = post?.channelId ?? ctx.config.moderatorsChannel;
  try {
    await ctx.client.chat.postEphemeral({ channel, user: userId, text: escapeSlackText(text) });
  } catch (error) {
    ctx.logger.warn({ userId, draftId, ...describeError(error) }, 'could not send a private note');
  }
}
