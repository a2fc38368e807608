import { describe, expect, it } from 'vitest';
import type { ConversationTurn } from '../../../../src/core/conversation/conversation-turn.js';
import { createMemoryConversationStore } from '../../../../src/core/conversation/create-memory-conversation-store.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));
const turn = (question: string): ConversationTurn => ({ id: question, question, reading: undefined, readAs: '', intent: 'help', agreements: [], at: at(0).toISOString() });

describe('createMemoryConversationStore', () => {
  it('returns a conversation\'s last turns, oldest first', async () => {
    const store = createMemoryConversationStore({ maxTurns: 2 });
    for (const q of ['a', 'b', 'c']) await store.add('k', turn(q), at(0));
    expect((await store.turns('k', at(1))).map((t) => t.question)).toEqual(['b', 'c']);
  });

  it('keeps conversations apart', async () => {
    const store = createMemoryConversationStore();
    await store.add('thread-1', turn('a'), at(0));
    expect(await store.turns('thread-2', at(0))).toEqual([]);
  });

  it('forgets a conversation idle for longer than its expiry', async () => {
    const store = createMemoryConversationStore({ idleMs: 10 * 60_000 });
    await store.add('k', turn('a'), at(0));
    expect(await store.turns('k', at(10))).toHaveLength(1);
    expect(await store.turns('k', at(11))).toEqual([]);
  });

  it('drops the least recently used conversation beyond its bound', async () => {
    const store = createMemoryConversationStore({ maxConversations: 2 });
    await store.add('a', turn('1'), at(0));
    await store.add('b', turn('2'), at(1));
    await store.add('a', turn('3'), at(2));
    await store.add('c', turn('4'), at(3));
    expect(await store.turns('b', at(3))).toEqual([]);
    expect((await store.turns('a', at(3))).map((t) => t.question)).toEqual(['1', '3']);
  });
});
