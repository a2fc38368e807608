import { z } from 'zod';
import { ReadingSummarySchema } from '../questions/reading/summarize-reading.js';
import { RefSchema } from '../reply/reply.js';

/** 👍, 👎, or "that's wrong" (with what the member says is wrong). */
export const FeedbackVerdictSchema = z.enum(['up', 'down', 'wrong']);
export type FeedbackVerdict = z.infer<typeof FeedbackVerdictSchema>;

/** A member's verdict on one answer, with everything needed to turn it into a test case. */
export const FeedbackSchema = z.object({
  id: z.number().int().positive(),
  /** ISO time the verdict was given */
  at: z.string(),
  verdict: FeedbackVerdictSchema,
  /** what the member said is wrong; empty for a button */
  comment: z.string(),
  platform: z.string(),
  /** the chat user id (never an e-mail address) */
  actorId: z.string(),
  conversation: z.string(),
  turnId: z.string(),
  question: z.string(),
  /** the questions before it in the conversation, oldest first: a follow-up is replayed with them */
  context: z.array(z.string()),
  /** the "Read as: ..." line the member saw */
  readAs: z.string(),
  reading: ReadingSummarySchema.nullable(),
  intent: z.string(),
  agreements: z.array(RefSchema),
});
export type Feedback = z.infer<typeof FeedbackSchema>;
export type NewFeedback = Omit<Feedback, 'id'>;

/** Where feedback is kept. One verdict per person and answer: voting again replaces it. */
export interface FeedbackStore {
  record(entry: NewFeedback): Promise<Feedback>;
  /** newest first */
  list(): Promise<Feedback[]>;
}
