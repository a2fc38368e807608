import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { handleChatMessage } from '../../../../src/core/chat/handle-chat-message.js';
import { createMemoryConversationStore } from '../../../../src/core/conversation/create-memory-conversation-store.js';
import { recordFeedback } from '../../../../src/core/feedback/record-feedback.js';
import { NOW } from '../../../helpers/ask-catalog.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';
import { memoryFeedbackStore } from '../../../helpers/memory-feedback-store.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const member = { platform: 'slack' as const, id: 'U1', name: 'member' };

async function conversationOf(questions: string[]) {
  const conversations = createMemoryConversationStore();
  const feedback = memoryFeedbackStore();
  for (const text of questions) await handleChatMessage({ text, actor: member, isModerator: false, conversation: 'C1:thread' }, { catalog, now: NOW, moderation: null, conversations, feedback });
  return { conversations, feedback };
}

describe('recordFeedback', () => {
  it('records a verdict on the latest answer with its question, the questions before it and the reading', async () => {
    const deps = await conversationOf(['Which agreements cover human rights?', 'only since 2018']);
    const result = await recordFeedback(deps, { conversation: 'C1:thread', verdict: 'down', actor: member, now: NOW });
    expect(result.ok).toBe(true);
    const [entry] = deps.feedback.entries;
    expect(entry).toMatchObject({ verdict: 'down', question: 'only since 2018', context: ['Which agreements cover human rights?'], platform: 'slack', actorId: 'U1', intent: 'agreements-for-element' });
    expect(entry?.reading?.years).toEqual({ min: 2018, words: 'since 2018' });
    expect(entry?.reading?.followUp).toBe(true);
    expect(entry?.readAs).toMatch(/^Read as a follow-up/);
    const expected = (catalog.agreementsByElement.get('1.1') ?? []).filter((a) => (a.year ?? 0) >= 2018).map((a) => String(a.id)).sort();
    expect(entry?.agreements.map((a) => a.id).sort()).toEqual(expected);
  });

  it('rates the answer a button names, not the latest', async () => {
    const deps = await conversationOf(['Which agreements cover botnets?', 'What does the Paris Call cover?']);
    const [first] = await deps.conversations.turns('C1:thread', NOW);
    await recordFeedback(deps, { conversation: 'C1:thread', turnId: first?.id, verdict: 'up', actor: member, now: NOW });
    expect(deps.feedback.entries[0]).toMatchObject({ question: 'Which agreements cover botnets?', context: [] });
  });

  it('says there is nothing to rate in a conversation without answers', async () => {
    const deps = await conversationOf([]);
    expect(await recordFeedback(deps, { conversation: 'C1:thread', verdict: 'wrong', actor: member, now: NOW })).toEqual({ ok: false, reason: 'no-answer' });
    expect(deps.feedback.entries).toEqual([]);
  });
});
