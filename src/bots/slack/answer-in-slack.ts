import { describeError } from '../describe-error.js';
import { handleChatMessage } from '../../core/chat/handle-chat-message.js';
import { parseChatCommand } from '../../core/chat/parse-chat-command.js';
import type { Actor } from '../../core/moderation/draft.js';
import { renderSlack, type RenderedSlack } from './render-slack.js';
import type { SlackBotContext } from './slack-bot-context.js';

/**
 * Sends one member's message through the core (handleChatMessage) and renders the Reply. A
 * moderator's message may be a command ("approve 12"), so that draft's card is refreshed afterwards.
 */
export async function answerInSlack(ctx: SlackBotContext, text: string, actor: Actor): Promise<RenderedSlack & { ephemeral: boolean }> {
  const isModerator = await ctx.isModerator(actor.id);
  const catalog = await ctx.loadCatalog();
  const reply = await ctx.inTurn(() => handleChatMessage({ text, actor, isModerator }, { catalog, now: ctx.now(), moderation: ctx.moderation }));
  const rendered = await ctx.inTurn(() => renderSlack(reply));
  const command = isModerator ? parseChatCommand(text) : null;
  if (command && 'draftId' in command) {
    await ctx.cards.refreshDraftCard(command.draftId).catch((error: unknown) => ctx.logger.warn({ draftId: command.draftId, ...describeError(error) }, 'draft card not refreshed'));
  }
  return { ...rendered, ephemeral: reply.ephemeral };
}
