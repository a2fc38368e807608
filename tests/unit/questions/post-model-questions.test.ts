import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { askConversation } from '../../helpers/ask-conversation.js';
import { checkQuestionCase } from '../../helpers/check-question-case.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import { POST_MODEL_CASES } from './tables/post-model-questions.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const label = (ask: string | readonly string[]) => (typeof ask === 'string' ? ask : ask.join(' → '));

/**
 * Misses of the first run, kept visible rather than fitted away: each is expected to fail until the
 * model (not a special case for these words) answers it, and the test says so when it starts passing.
 */
const KNOWN_MISSES: Readonly<Record<string, string>> = {};

describe('questions written after the model was done (first run: 18 of 20; the two misses led to a fix in reading parties after an article and to absence words among the negation cues)', () => {
  const cases = POST_MODEL_CASES.map((c) => [label(c.ask), c] as const);
  it.each(cases.filter(([q]) => !(q in KNOWN_MISSES)))('answers %s', async (_, c) => {
    expect(checkQuestionCase(c, await askConversation(catalog, c.ask), catalog)).toEqual([]);
  });
  it.fails.each(cases.filter(([q]) => q in KNOWN_MISSES))('does not yet answer %s', async (_, c) => {
    expect(checkQuestionCase(c, await askConversation(catalog, c.ask), catalog)).toEqual([]);
  });
});
