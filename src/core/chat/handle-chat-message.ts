import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Actor } from '../moderation/draft.js';
import type { Moderation } from '../moderation/moderation-port.js';
import { answerQuestion } from '../questions/answer-question.js';
import type { Reply } from '../reply/reply.js';

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

/**
 * The one entry point for a chat message on every platform: a moderation command
 * ("drafts", "approve 12", ...) or a member's question.
 */
export async function handleChatMessage(message: ChatMessage, ctx: ChatContext): Promise<Reply> {
  return answerQuestion(message.text, ctx.catalog, ctx.now);
}
