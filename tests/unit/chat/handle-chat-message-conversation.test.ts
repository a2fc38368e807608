import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { FOLLOW_UP_WINDOW_MS, handleChatMessage, type ChatContext } from '../../../src/core/chat/handle-chat-message.js';
import { createMemoryConversationStore } from '../../../src/core/conversation/create-memory-conversation-store.js';
import { recordFeedback } from '../../../src/core/feedback/record-feedback.js';
import { agreementIds, NOW } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import { memoryFeedbackStore } from '../../helpers/memory-feedback-store.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const member = { platform: 'discord' as const, id: '42', name: 'member' };
const ask = async (ctx: ChatContext, text: string, conversation?: string) =>
  (await handleChatMessage({ text, actor: member, isModerator: false, ...(conversation ? { conversation } : {}) }, ctx)).reply;
const since2018 = () => (catalog.agreementsByElement.get('1.1') ?? []).filter((a) => (a.year ?? 0) >= 2018).map((a) => a.id).sort((x, y) => x - y);

describe('handleChatMessage in a conversation', () => {
  it('answers a follow-up in the same conversation as a refinement of the answer before', async () => {
    const ctx = { catalog, now: NOW, moderation: null, conversations: createMemoryConversationStore() };
    await ask(ctx, 'Which agreements cover human rights?', 'channel-1');
    const reply = await ask(ctx, 'only since 2018', 'channel-1');
    expect(agreementIds(reply).sort((x, y) => x - y)).toEqual(since2018());
    expect(reply.text).toMatch(/Read as a follow-up to "Which agreements cover human rights\?": human rights, adopted 2018 or later/);
  });

  it('does not carry one conversation into another', async () => {
    const ctx = { catalog, now: NOW, moderation: null, conversations: createMemoryConversationStore() };
    await ask(ctx, 'Which agreements cover human rights?', 'channel-1');
    expect(agreementIds(await ask(ctx, 'only since 2018', 'channel-2')).sort((x, y) => x - y)).not.toEqual(since2018());
  });

  it('answers every message on its own without a conversation key', async () => {
    const conversations = createMemoryConversationStore();
    const ctx = { catalog, now: NOW, moderation: null, conversations };
    await ask(ctx, 'Which agreements cover human rights?');
    expect((await ask(ctx, 'only since 2018')).text).not.toMatch(/follow-up/);
  });

  it('answers a question asked long after the previous answer on its own, and still lets that answer be rated', async () => {
    const feedback = memoryFeedbackStore();
    const conversations = createMemoryConversationStore();
    await ask({ catalog, now: NOW, moderation: null, conversations, feedback }, 'Which agreements cover human rights?', 'c');
    const later = { catalog, now: new Date(NOW.getTime() + FOLLOW_UP_WINDOW_MS + 60_000), moderation: null, conversations, feedback };
    expect((await ask(later, 'only since 2018', 'c')).text).not.toMatch(/follow-up/);
    expect((await ask(later, '👎', 'c')).intent).toBe('feedback-recorded');
  });

  it('gives each answer in a conversation its turn id, which a button can rate later', async () => {
    const feedback = memoryFeedbackStore();
    const conversations = createMemoryConversationStore();
    const ctx = { catalog, now: NOW, moderation: null, conversations, feedback };
    const first = await ask(ctx, 'Which agreements cover botnets?', 'c');
    await ask(ctx, 'What does the Paris Call cover?', 'c');
    expect(first.turnId).toBeDefined();
    await recordFeedback({ feedback, conversations }, { conversation: 'c', turnId: first.turnId, verdict: 'down', actor: member, now: NOW });
    expect(feedback.entries[0]?.question).toBe('Which agreements cover botnets?');
  });

  it('records "that\'s wrong" on the previous answer', async () => {
    const feedback = memoryFeedbackStore();
    const ctx = { catalog, now: NOW, moderation: null, conversations: createMemoryConversationStore(), feedback };
    await ask(ctx, 'Which agreements cover botnets?', 'c');
    const reply = await ask(ctx, "that's wrong, MANRS is missing", 'c');
    expect(reply.intent).toBe('feedback-recorded');
    expect(feedback.entries).toEqual([expect.objectContaining({ verdict: 'wrong', comment: 'MANRS is missing', question: 'Which agreements cover botnets?' })]);
  });

  it('says feedback is not stored where there is no feedback store, and stores nothing', async () => {
    const ctx = { catalog, now: NOW, moderation: null, conversations: createMemoryConversationStore() };
    await ask(ctx, 'Which agreements cover botnets?', 'c');
    expect((await ask(ctx, '👎', 'c')).intent).toBe('feedback-not-stored');
  });
});
