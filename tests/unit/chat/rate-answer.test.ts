import { describe, expect, it } from 'vitest';
import { rateAnswer } from '../../../src/core/chat/rate-answer.js';
import { createMemoryConversationStore } from '../../../src/core/conversation/create-memory-conversation-store.js';
import { NOW } from '../../helpers/ask-catalog.js';
import { memoryFeedbackStore } from '../../helpers/memory-feedback-store.js';

const member = { platform: 'slack' as const, id: 'U1', name: 'member' };
const turn = (id: string, question: string) => ({ id, question, reading: undefined, readAs: '', intent: 'agreements-for-element', agreements: [], at: NOW.toISOString() });

async function conversationWith(...questions: string[]) {
  const conversations = createMemoryConversationStore();
  for (const [i, q] of questions.entries()) await conversations.add('C1:1.1', turn(`t${i + 1}`, q), NOW);
  return conversations;
}

describe('rateAnswer', () => {
  it('records the verdict on the answer the button carries and thanks privately, naming the question', async () => {
    const feedback = memoryFeedbackStore();
    const conversations = await conversationWith('Which agreements cover botnets?', 'What does the Paris Call cover?');
    const reply = await rateAnswer({ feedback, conversations }, { conversation: 'C1:1.1', turnId: 't1', verdict: 'down', actor: member, now: NOW });
    expect(feedback.entries).toEqual([expect.objectContaining({ verdict: 'down', turnId: 't1', question: 'Which agreements cover botnets?', conversation: 'C1:1.1' })]);
    expect(reply).toMatchObject({ intent: 'feedback-recorded', ephemeral: true });
    expect(reply.text).toBe('Thanks, noted as not helpful: "Which agreements cover botnets?". The maintainers turn such reports into test cases.');
  });

  it('asks what is wrong after a "That\'s wrong" without words, and not after one with them', async () => {
    const conversations = await conversationWith('Which agreements cover botnets?');
    const clicked = await rateAnswer({ feedback: memoryFeedbackStore(), conversations }, { conversation: 'C1:1.1', verdict: 'wrong', actor: member, now: NOW });
    const typed = await rateAnswer({ feedback: memoryFeedbackStore(), conversations }, { conversation: 'C1:1.1', verdict: 'wrong', comment: 'MANRS is missing', actor: member, now: NOW });
    expect(clicked.text).toMatch(/noted as wrong: .* If you can, say what is wrong: reply "that's wrong, \.\.\." here\.$/);
    expect(typed.text).not.toMatch(/say what is wrong/);
  });

  it('says feedback is not stored where there is no store', async () => {
    const reply = await rateAnswer({ feedback: null, conversations: await conversationWith('q') }, { conversation: 'C1:1.1', verdict: 'up', actor: member, now: NOW });
    expect(reply.intent).toBe('feedback-not-stored');
  });

  it('says there is nothing to rate in a conversation without answers, and stores nothing', async () => {
    const feedback = memoryFeedbackStore();
    const reply = await rateAnswer({ feedback, conversations: createMemoryConversationStore() }, { conversation: 'C9', verdict: 'up', actor: member, now: NOW });
    expect(reply.intent).toBe('feedback-nothing-to-rate');
    expect(feedback.entries).toEqual([]);
  });
});
