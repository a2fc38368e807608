import type { ConversationStore } from '../conversation/conversation-store.js';
import type { FeedbackStore, FeedbackVerdict } from '../feedback/feedback.js';
import { recordFeedback } from '../feedback/record-feedback.js';
import type { Actor } from '../moderation/draft.js';
import type { Reply } from '../reply/reply.js';
import { noticeReply } from './moderation-result-reply.js';

const NOTED: Record<FeedbackVerdict, string> = { up: 'helpful', down: 'not helpful', wrong: 'wrong' };

/**
 * A member's verdict on an answer, typed ("that's wrong, ...") or clicked (👍/👎 under the answer),
 * recorded and acknowledged privately. A click on "That's wrong" carries no words: the member is
 * told how to say what is wrong.
 */
export async function rateAnswer(
  deps: { feedback: FeedbackStore | null | undefined; conversations: ConversationStore },
  input: { conversation: string; turnId?: string; verdict: FeedbackVerdict; comment?: string; actor: Actor; now: Date },
): Promise<Reply> {
  if (!deps.feedback) return noticeReply('feedback-not-stored', 'Thanks. Feedback is not stored on this channel yet; tell the moderators what was wrong.');
  const result = await recordFeedback({ feedback: deps.feedback, conversations: deps.conversations }, input);
  if (!result.ok) return noticeReply('feedback-nothing-to-rate', 'There is no answer of mine in this conversation to rate yet. Ask a question first.');
  const ask = input.verdict === 'wrong' && !input.comment?.trim() ? ' If you can, say what is wrong: reply "that\'s wrong, ..." here.' : '';
  return noticeReply(
    'feedback-recorded',
    `Thanks, noted as ${NOTED[input.verdict]}: "${result.feedback.question.slice(0, 80)}". The maintainers turn such reports into test cases.${ask}`,
  );
}
