import type { ConversationStore } from './conversation-store.js';
import type { ConversationTurn } from './conversation-turn.js';

export interface MemoryConversationOptions {
  /** a conversation idle this long is forgotten (its answers can no longer be rated) */
  idleMs?: number;
  /** turns kept per conversation (follow-ups and feedback refer to the last few) */
  maxTurns?: number;
  /** conversations kept; the least recently used go first */
  maxConversations?: number;
}

/**
 * Conversations in memory, with expiry. Memory is enough: a follow-up refers to an answer given
 * minutes before, a reading is cheap to rebuild by asking again, and losing the state on a restart
 * costs a member one re-asked question; storing every answer in SQLite would add a write to each
 * answer for no gain. Bounded (turns, conversations, idle time) so a busy bot cannot grow without end.
 */
export function createMemoryConversationStore(opts: MemoryConversationOptions = {}): ConversationStore {
  // a 👎 may come hours after the answer; follow-ups use a much shorter window (handle-chat-message.ts)
  const idleMs = opts.idleMs ?? 24 * 60 * 60_000;
  const maxTurns = opts.maxTurns ?? 5;
  const maxConversations = opts.maxConversations ?? 5_000;
  // insertion order is recency: a touched conversation is moved to the end
  const conversations = new Map<string, { turns: ConversationTurn[]; touched: number }>();
  const live = (key: string, now: Date) => {
    const c = conversations.get(key);
    if (c && now.getTime() - c.touched > idleMs) conversations.delete(key);
    return conversations.get(key);
  };
  return {
    turns: async (key, now) => [...(live(key, now)?.turns ?? [])],
    add: async (key, turn, now) => {
      const turns = [...(live(key, now)?.turns ?? []), turn].slice(-maxTurns);
      conversations.delete(key);
      conversations.set(key, { turns, touched: now.getTime() });
      for (const [k, c] of conversations) {
        if (conversations.size <= maxConversations && now.getTime() - c.touched <= idleMs) break;
        conversations.delete(k);
      }
    },
  };
}

/**
 * One store for the process: chat adapters that pass no store of their own share it, so a
 * follow-up in a Slack thread finds the answer before it and a 👎 button finds the answer it rates.
 */
export const processConversationStore: ConversationStore = createMemoryConversationStore();
