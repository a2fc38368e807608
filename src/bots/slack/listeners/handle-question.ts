import { subjectKey } from '../../../core/desk/card-subject.js';
import { handleChatMessage } from '../../../core/chat/handle-chat-message.js';
import { withFeedbackActions } from '../../../core/feedback/feedback-actions.js';
import type { Actor } from '../../../core/moderation/draft.js';
import { describeError } from '../../../errors.js';
import type { Logger } from '../../../logger.js';
import type { SlackBotContext } from '../slack-bot-context.js';
import { slackConversation } from '../slack-conversation.js';
import { sendAnswer, type AnswerTarget } from './send-answer.js';

export const FAILED = 'Sorry, that question could not be answered just now; please try again in a minute.';

/**
 * A message for the bot (/norms, a mention, a DM) through the core: a member's question, or a
 * moderator's command. Runs after the ack, in its own turn; the cards of whatever a command
 * changed follow from the desk events, not from here. A follow-up continues the conversation
 * slackConversation names; answers get 👍/👎 buttons.
 */
export async function handleQuestion(ctx: SlackBotContext, input: { text: string; actor: Actor; target: AnswerTarget; log: Logger }): Promise<void> {
  const { text, actor, target, log } = input;
  const conversation = slackConversation(target.via === 'post' ? { channel: target.channel, threadTs: target.threadTs } : { channel: target.channel, privateTo: target.user });
  try {
    const isModerator = await ctx.isModerator(actor.id);
    const catalog = await ctx.loadCatalog();
    const { answers } = ctx;
    const { reply, touched } = await ctx.inTurn(() =>
      handleChatMessage({ text, actor, isModerator, conversation }, { catalog, now: ctx.now(), moderation: ctx.moderation, conversations: answers.conversations, feedback: answers.feedback }),
    );
    await sendAnswer(ctx, target, withFeedbackActions(reply));
    log.info({ intent: reply.intent, ...(touched ? { subject: subjectKey(touched) } : {}) }, 'question answered');
  } catch (error) {
    log.error(describeError(error), 'question failed');
    const failure = { intent: 'error', text: FAILED, blocks: [{ type: 'paragraph' as const, text: FAILED }], agreements: [], norms: [], ephemeral: target.via === 'respond' };
    await sendAnswer(ctx, target, failure).catch(() => undefined);
  }
}
