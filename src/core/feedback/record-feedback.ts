import type { ConversationStore } from '../conversation/conversation-store.js';
import { processConversationStore } from '../conversation/create-memory-conversation-store.js';
import type { Actor } from '../moderation/draft.js';
import { summarizeReading } from '../questions/reading/summarize-reading.js';
import type { Feedback, FeedbackStore, FeedbackVerdict } from './feedback.js';

export type RecordFeedbackResult = { ok: true; feedback: Feedback } | { ok: false; reason: 'no-answer' };

/**
 * Records a member's verdict on an answer of a conversation: the one with `turnId` (a button on
 * that answer), else the latest. The question, the questions before it and the reading are stored
 * with it, so each 👎 can become a test case (`normbot feedback --json`). Adapters call this from
 * their 👍/👎 buttons; the chat entry calls it for "that's wrong" typed as a follow-up.
 */
export async function recordFeedback(
  deps: { feedback: FeedbackStore; conversations?: ConversationStore },
  input: { conversation: string; turnId?: string; verdict: FeedbackVerdict; comment?: string; actor: Actor; now: Date },
): Promise<RecordFeedbackResult> {
  const turns = await (deps.conversations ?? processConversationStore).turns(input.conversation, input.now);
  const index = input.turnId === undefined ? turns.length - 1 : turns.findIndex((t) => t.id === input.turnId);
  const turn = turns[index];
  if (!turn) return { ok: false, reason: 'no-answer' };
  const feedback = await deps.feedback.record({
    at: input.now.toISOString(),
    verdict: input.verdict,
    comment: (input.comment ?? '').trim().slice(0, 1_000),
    platform: input.actor.platform,
    actorId: input.actor.id,
    conversation: input.conversation,
    turnId: turn.id,
    question: turn.question,
    context: turns.slice(0, index).map((t) => t.question),
    readAs: turn.readAs,
    reading: turn.reading ? summarizeReading(turn.reading) : null,
    intent: turn.intent,
    agreements: [...turn.agreements],
  });
  return { ok: true, feedback };
}
