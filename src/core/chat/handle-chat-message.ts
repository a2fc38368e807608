import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { ConversationStore } from '../conversation/conversation-store.js';
import { processConversationStore } from '../conversation/create-memory-conversation-store.js';
import type { FeedbackStore } from '../feedback/feedback.js';
import { readFeedbackMessage } from '../feedback/read-feedback-message.js';
import type { Actor } from '../moderation/draft.js';
import type { Moderation } from '../moderation/moderation-port.js';
import { answerQuestion, answerWithReading } from '../questions/answer-question.js';
import { describeReading } from '../questions/reading/describe-reading.js';
import type { Reply } from '../reply/reply.js';
import { noticeReply } from './moderation-result-reply.js';
import { parseChatCommand } from './parse-chat-command.js';
import { rateAnswer } from './rate-answer.js';
import { runModerationCommand, type ChatAnswer } from './run-moderation-command.js';

export type { ChatAnswer } from './run-moderation-command.js';

/** "only since 2018" an hour after the answer is a question of its own, not a follow-up. */
export const FOLLOW_UP_WINDOW_MS = 30 * 60_000;

export interface ChatContext {
  catalog: CatalogSnapshot;
  now: Date;
  /** null where moderation is not available (read-only use) */
  moderation: Moderation | null;
  /** where follow-ups find the answer before them; default: one in-memory store for the process */
  conversations?: ConversationStore;
  /** where 👍/👎 and "that's wrong" are kept; absent: feedback is not stored here */
  feedback?: FeedbackStore | null;
  /** where members propose agreements (config); default: the BPF's call for contributions */
  contributionAddress?: string;
}

export interface ChatMessage {
  text: string;
  actor: Actor;
  /** decided by the adapter: Slack user group, Discord role; the terminal operator always is */
  isModerator: boolean;
  /**
   * The conversation the message belongs to (a terminal session, a Slack thread, a Discord
   * channel): a question in it can follow up on the answer before ("only since 2018"), and
   * "that's wrong" rates that answer. Without it every question stands alone.
   */
  conversation?: string;
}

const question = (reply: Reply): ChatAnswer => ({ reply, touched: null });

/**
 * The one entry point for a chat message on every platform: a moderation command
 * ("drafts", "approve 12", ...) or a member's question. Only moderators' commands run; anyone
 * else gets a private refusal and nothing changes. Says which card subject (draft or queue item)
 * the message changed or showed, so the adapter can log it and point to its card.
 */
export async function handleChatMessage(message: ChatMessage, ctx: ChatContext): Promise<ChatAnswer> {
  const command = parseChatCommand(message.text);
  if (command === null) return question(await answerInConversation(message, message.text, ctx));
  // Members' "help", stray "/words" and questions that only start like a command ("history of the
  // Paris Call", "drafts of norms on elections?") are for the question engine, which has its own help.
  if ((command.verb === 'help' || command.verb === 'unknown' || command.verb === 'invalid') && !message.isModerator) {
    return question(await answerInConversation(message, message.text.trim().replace(/^[/!]/, ''), ctx));
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

/** A question, a follow-up on the conversation's previous answer, or feedback on it. */
async function answerInConversation(message: ChatMessage, text: string, ctx: ChatContext): Promise<Reply> {
  const options = ctx.contributionAddress ? { contributionAddress: ctx.contributionAddress } : {};
  const key = message.conversation;
  if (key === undefined) return answerQuestion(text, ctx.catalog, ctx.now, options);
  const conversations = ctx.conversations ?? processConversationStore;
  const rating = readFeedbackMessage(text);
  if (rating) return rateAnswer({ feedback: ctx.feedback, conversations }, { conversation: key, ...rating, actor: message.actor, now: ctx.now });
  const turns = await conversations.turns(key, ctx.now);
  const last = turns.at(-1);
  // an answer stays rateable for as long as the store keeps it, but only a recent one is followed up on
  const recent = last?.reading && ctx.now.getTime() - Date.parse(last.at) <= FOLLOW_UP_WINDOW_MS ? last : undefined;
  const previous = recent?.reading ? { question: recent.question, reading: recent.reading, agreementIds: recent.agreements.map((a) => Number(a.id)) } : undefined;
  const { reply, reading } = answerWithReading(text, ctx.catalog, ctx.now, { ...options, ...(previous ? { previous } : {}) });
  const id = `${ctx.now.getTime().toString(36)}-${turns.length + 1}`;
  await conversations.add(key, { id, question: text, reading, readAs: reading ? describeReading(reading) : '', intent: reply.intent, agreements: reply.agreements, at: ctx.now.toISOString() }, ctx.now);
  return { ...reply, turnId: id };
}
