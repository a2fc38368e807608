import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { askConversation } from '../../helpers/ask-conversation.js';
import { checkQuestionCase } from '../../helpers/check-question-case.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import { MEMBER_CASES } from './tables/member-questions.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const label = (ask: string | readonly string[]) => (typeof ask === 'string' ? ask : ask.join(' → '));

describe('member questions (the table the question model was built on)', () => {
  it(`has at least 60 questions`, () => {
    expect(MEMBER_CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(MEMBER_CASES.map((c) => [label(c.ask), c] as const))('answers %s', async (_, c) => {
    expect(checkQuestionCase(c, await askConversation(catalog, c.ask), catalog)).toEqual([]);
  });
});
