import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Actor } from '../moderation/draft.js';
import type { Moderation } from '../moderation/moderation-port.js';
import { answerQuestion } from '../questions/answer-question.js';
import { noticeReply } from './moderation-result-reply.js';
import { parseChatCommand } from './parse-chat-command.js';
import { runModerationCommand, type ChatAnswer } from './run-moderation-command.js';

export type { ChatAnswer } from './run-moderation-command.js';

export interface ChatContext {
  catalog: CatalogSnapshot;
  now: Date;
  /** null where moderation is not available (read-only use) */
  moderation: Moderation | null;
}

export interface ChatMessage {
  text: string;
  actor: Actor;
  /** decided by the adapter: Slack user group, Discord role; the terminal operator always is */
  isModerator: boolean;
}

const question = (reply: ChatAnswer['reply']): ChatAnswer => ({ reply, touched: null });

/**
 * The one entry point for a chat message on every platform: a moderation command
 * ("drafts", "approve 12", ...) or a member's question. Only moderators' commands run; anyone
 * else gets a private refusal and nothing changes. Says which card subject (draft or queue item)
 * the message changed or showed, so the adapter can log it and point to its card.
 */
export async function handleChatMessage(message: ChatMessage, ctx: ChatContext): Promise<ChatAnswer> {
  const command = parseChatCommand(message.text);
  if (command === null) return question(answerQuestion(message.text, ctx.catalog, ctx.now));
  // Members' "help", stray "/words" and questions that only start like a command ("history of the
  // Paris Call", "drafts of norms on elections?") are for the question engine, which has its own help.
  if ((command.verb === 'help' || command.verb === 'unknown' || command.verb === 'invalid') && !message.isModerator) {
    return question(answerQuestion(message.text.trim().replace(/^[/!]/, ''), ctx.catalog, ctx.now));
  }
  if (!message.isModerator) {
    return question(noticeReply('moderation-not-moderator', 'Only moderators can work on drafts, so nothing was changed. You can ask me anything about the norms catalog, for example "which agreements cover critical infrastructure?"'));
  }
  if (!ctx.moderation) return question(noticeReply('moderation-unavailable', 'Moderation is not available here; use the moderators\' channel or the normbot terminal commands.'));
  // Drafts show contributors' names and words: a moderator typing a command in a public channel
  // gets the answer privately (the card in the moderators' channel shows the decision to all).
  const answer = await runModerationCommand(command, { moderation: ctx.moderation, catalog: ctx.catalog, now: ctx.now, actor: message.actor });
  return { reply: { ...answer.reply, ephemeral: true }, touched: answer.touched };
}
