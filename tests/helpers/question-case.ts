import type { Expectation } from './catalog-predicates.js';

/** One row of a question table: a question (or a conversation whose last answer is checked). */
export interface QuestionCase {
  ask: string | readonly string[];
  /** the answer's intent */
  intent?: string;
  /** exactly the agreements the answer must list, computed from the catalog */
  agreements?: Expectation;
  /** agreements the answer must list (others may follow) */
  includes?: Expectation;
  /** norm elements the answer must name */
  norms?: readonly string[];
  /** something the answer's text must say */
  text?: RegExp;
}
