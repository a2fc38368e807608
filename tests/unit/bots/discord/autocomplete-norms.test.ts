import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { autocompleteNorms } from '../../../../src/bots/discord/autocomplete-norms.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('autocompleteNorms', () => {
  it('puts word-prefix matches of agreement names first', () => {
    const [first] = autocompleteNorms('agreement', 'Paris', catalog);
    expect(first!.name).toMatch(/Paris Call/);
    expect(catalog.agreementById.get(Number(first!.value))!.name).toBe(first!.name);
  });

  it('offers at most 25 choices for an empty query', () => {
    expect(autocompleteNorms('agreement', '', catalog)).toHaveLength(25);
    expect(autocompleteNorms('element', '', catalog)).toHaveLength(25);
  });

  it('finds an element by its id', () => {
    expect(autocompleteNorms('element', '5.1', catalog)[0]!.value).toBe('5.1');
  });

  it('finds an agreement despite a typo through the shared matcher', () => {
    const values = autocompleteNorms('agreement', 'Pariss Call for Trust', catalog).map((c) => catalog.agreementById.get(Number(c.value))!.name);
    expect(values.some((n) => /Paris Call/.test(n))).toBe(true);
  });

  it('keeps choice names within 100 characters', () => {
    for (const c of autocompleteNorms('agreement', '', catalog)) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('returns nothing for an unknown option', () => {
    expect(autocompleteNorms('drafts', 'x', catalog)).toEqual([]);
  });
});
