import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { countElementFrequency } from '../../../src/core/analytics/count-element-frequency.js';
import { anAgreement } from '../../helpers/agreement-builder.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('countElementFrequency', () => {
  it('ranks elements by the number of agreements covering them', () => {
    const agreements = [anAgreement(1, 2010, ['1.1', '2.1']), anAgreement(2, 2011, ['2.1']), anAgreement(3, 2012, ['2.1', '1.1'])];
    const ranked = countElementFrequency(agreements, catalog.elements);
    expect(ranked.slice(0, 2).map((f) => [f.element.id, f.count])).toEqual([['2.1', 3], ['1.1', 2]]);
    expect(ranked[0]?.share).toBe(1);
  });

  it('counts an agreement once when two clauses cover the same element', () => {
    const ranked = countElementFrequency([anAgreement(1, 2010, ['4.1', '4.1'])], catalog.elements);
    expect(ranked[0]).toMatchObject({ count: 1 });
  });

  it('keeps taxonomy order among ties', () => {
    const ranked = countElementFrequency([], catalog.elements);
    expect(ranked.map((f) => f.element.id)).toEqual(catalog.elements.map((e) => e.id));
  });
});
