import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { ask, normIds } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('answerQuestion: what an element means', () => {
  it.each([
    ['what is 2.5?', '2.5'],
    ['what are H functions?', '5.10'],
    ['what does CIP mean?', '2.1'],
    ['define hack back', '5.4'],
  ])('explains %s', (q, id) => {
    const r = ask(catalog, q);
    expect(r.intent).toBe('element-definition');
    expect(normIds(r)).toEqual([id]);
    expect(r.text).toContain(catalog.elementById.get(id)?.description ?? 'missing');
  });

  it('says when the reading of a label is unverified', () => {
    expect(ask(catalog, 'what are H functions?').text).toMatch(/reading of "H functions" is \(unverified\)/);
  });

  it('counts the agreements covering the element from the catalog', () => {
    const n = (catalog.agreementsByElement.get('2.5') ?? []).length;
    expect(ask(catalog, 'what is 2.5?').text).toContain(`Covered by: ${n} of ${catalog.agreements.length} agreements`);
  });
});
