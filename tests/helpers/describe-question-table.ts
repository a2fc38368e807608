import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../src/core/catalog/catalog-snapshot.js';
import { askConversation } from './ask-conversation.js';
import { checkQuestionCase } from './check-question-case.js';
import { loadCatalog } from './load-catalog.js';
import type { QuestionCase } from './question-case.js';

const label = (ask: string | readonly string[]) => (typeof ask === 'string' ? ask : ask.join(' → '));

/**
 * One test per row, asked through the chat entry. `knownMisses` (question -> why) are kept visible
 * rather than fitted away: each is expected to fail, and the test says so once it passes.
 */
export function describeQuestionTable(title: string, cases: readonly QuestionCase[], knownMisses: Readonly<Record<string, string>> = {}): void {
  describe(title, () => {
    let catalog: CatalogSnapshot;
    beforeAll(async () => {
      catalog = await loadCatalog();
    });
    const rows = cases.map((c) => [label(c.ask), c] as const);
    const check = async (c: QuestionCase) => expect(checkQuestionCase(c, await askConversation(catalog, c.ask), catalog)).toEqual([]);
    it.each(rows.filter(([q]) => !(q in knownMisses)))('answers %s', async (_, c) => check(c));
    const misses = rows.filter(([q]) => q in knownMisses);
    if (misses.length > 0) it.fails.each(misses)('does not yet answer %s', async (_, c) => check(c));
  });
}
