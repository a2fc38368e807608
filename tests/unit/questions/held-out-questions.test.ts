import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { askConversation } from '../../helpers/ask-conversation.js';
import { checkQuestionCase } from '../../helpers/check-question-case.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import { HELD_OUT_CASES } from './tables/held-out-questions.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const label = (ask: string | readonly string[]) => (typeof ask === 'string' ? ask : ask.join(' → '));

/**
 * Misses of the first run, kept visible rather than fitted away: each is expected to fail until the
 * model (not a special case for these words) answers it, and the test says so when it starts passing.
 */
const KNOWN_MISSES: Readonly<Record<string, string>> = {
  // "espionage" alone is not in the vocabulary of 5.2 (only economic, commercial and industrial
  // espionage are): cyber espionage in general is broader than theft of intellectual property. The
  // answer is an honest "no element matches", listing the elements.
  'what agreements deal with espionage against businesses?': 'vocabulary',
};

describe('held-out member questions (written before the question model, not tuned against; first run: 29 of 30)', () => {
  const cases = HELD_OUT_CASES.map((c) => [label(c.ask), c] as const);
  it.each(cases.filter(([q]) => !(q in KNOWN_MISSES)))('answers %s', async (_, c) => {
    expect(checkQuestionCase(c, await askConversation(catalog, c.ask), catalog)).toEqual([]);
  });
  it.fails.each(cases.filter(([q]) => q in KNOWN_MISSES))('does not yet answer %s', async (_, c) => {
    expect(checkQuestionCase(c, await askConversation(catalog, c.ask), catalog)).toEqual([]);
  });
});
