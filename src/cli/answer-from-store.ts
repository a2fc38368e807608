import { answerQuestion, type AnswerOptions } from '../core/questions/answer-question.js';
import type { Reply } from '../core/reply/reply.js';
import { fillQuotes, loadLeanCatalog, NOT_READ } from '../store/catalog/catalog-cache.js';
import { readCoverage } from '../store/catalog/read-catalog.js';
import type { Store } from '../store/open-store.js';

/**
 * Answers a question for a one-shot command without loading the whole catalog: the question is
 * answered over the cached lean catalog (no evidence quotes); when that answer quotes, the quotes of
 * the agreements it lists are read from SQL into the same catalog and the question answered again
 * (its indexes and caches are warm by then). Should the answer still quote anything not read, it is
 * answered over the whole catalog instead.
 */
export async function answerFromStore(store: Store, question: string, now: Date, options: AnswerOptions = {}): Promise<Reply> {
  const lean = await loadLeanCatalog(store.db);
  const draft = answerQuestion(question, lean, now, options);
  if (!quotesUnread(draft)) return draft;
  const shown = await readCoverage(store.db, [...new Set(draft.agreements.map((a) => Number(a.id)))]);
  const reply = fillQuotes(lean, shown) ? answerQuestion(question, lean, now, options) : draft;
  return quotesUnread(reply) ? answerQuestion(question, await store.catalog.loadSnapshot(), now, options) : reply;
}

/** NOT_READ as it appears inside JSON (its control character escaped). */
const UNREAD_IN_JSON = JSON.stringify(NOT_READ).slice(1, -1);

/** Whether the reply shows a quote or a source the lean catalog left out. */
function quotesUnread(reply: Reply): boolean {
  return JSON.stringify(reply).includes(UNREAD_IN_JSON);
}
