import type { ConversationTurn } from './conversation-turn.js';

/**
 * Where the turns of each conversation are kept, by conversation key (a terminal session, a Slack
 * thread, a Discord channel). Time is passed in, so expiry is testable.
 */
export interface ConversationStore {
  /** the conversation's turns, oldest first; empty when unknown or expired */
  turns(key: string, now: Date): Promise<readonly ConversationTurn[]>;
  add(key: string, turn: ConversationTurn, now: Date): Promise<void>;
}
