import { updateCatalogSnapshot } from '../core/catalog/catalog-snapshot.js';
import { answerQuestion, type AnswerOptions } from '../core/questions/answer-question.js';
import type { Reply } from '../core/reply/reply.js';
import { loadLeanCatalog, NOT_READ } from '../store/catalog/catalog-cache.js';
import { readAgreements } from '../store/catalog/read-catalog.js';
import type { Store } from '../store/open-store.js';

/**
 * Answers a question for a one-shot command without loading the whole catalog: the question is
 * answered over the cached lean catalog (no evidence quotes), then again once the agreements the
 * answer lists are read whole from SQL. Should the answer still quote anything not read, it is
 * answered over the whole catalog instead.
 */
export async function answerFromStore(store: Store, question: string, now: Date, options: AnswerOptions = {}): Promise<Reply> {
  const lean = await loadLeanCatalog(store.db);
  const draft = answerQuestion(question, lean, now, options);
  const shown = await readAgreements(store.db, [...new Set(draft.agreements.map((a) => Number(a.id)))]);
  const reply = answerQuestion(question, updateCatalogSnapshot(lean, { upserted: shown, removedIds: [] }), now, options);
  return JSON.stringify(reply).includes(NOT_READ) ? answerQuestion(question, await store.catalog.loadSnapshot(), now, options) : reply;
}
