import type { ReadQuestion } from '../questions/read-question.js';

/** One question and its answer in a conversation: what a follow-up refines and feedback is about. */
export interface ConversationTurn {
  /** unique within the conversation; feedback buttons carry it */
  id: string;
  question: string;
  /** how the question was read; undefined for help and unreadable input */
  reading: ReadQuestion | undefined;
  /** the answer's "Read as: ..." line, as the member saw it */
  readAs: string;
  intent: string;
  /** the agreements the answer listed, in its order ("the first two" are the first two of these) */
  agreements: ReadonlyArray<{ id: string; name: string }>;
  /** ISO time */
  at: string;
}
