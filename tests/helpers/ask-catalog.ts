import type { CatalogSnapshot } from '../../src/core/catalog/catalog-snapshot.js';
import { answerQuestion } from '../../src/core/questions/answer-question.js';
import { ReplySchema, type Reply } from '../../src/core/reply/reply.js';

/** A fixed clock, so "in the last 3 years" answers do not drift. */
export const NOW = new Date('2026-11-23T12:00:00Z');

/** Asks the real engine and checks the reply against the Reply schema every adapter relies on. */
export function ask(catalog: CatalogSnapshot, question: string): Reply {
  return ReplySchema.parse(answerQuestion(question, catalog, NOW));
}

export const agreementIds = (r: Reply): number[] => r.agreements.map((a) => Number(a.id));
export const normIds = (r: Reply): string[] => r.norms.map((n) => n.id);
