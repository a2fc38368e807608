import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { suggestNorms } from '../../../../src/intake/parse/suggest-norms.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const ids = (text: string) => {
  const s = suggestNorms(text, catalog);
  return { elements: s.normElements.map((e) => e.id), gge: s.ggeNorms.map((n) => n.id) };
};

describe('suggestNorms with GGE norms cited by paragraph', () => {
  // 13(k) is "no harm to CERTs/CSIRTs", element 5.7 in the shipped GGE table; 13(h) is assistance, 4.3
  for (const spelling of ['13k', '13 (k)', '13(k)', 'norm k', '13.k', 'para. 13 k']) {
    it(`reads "${spelling}" as 13(k) and suggests its element 5.7`, () => {
      expect(ids(`UN GGE norms mentioned: ${spelling}`)).toEqual({ elements: ['5.7'], gge: ['13k'] });
    });
  }

  it('suggests the elements of every norm in a list, in the order cited', () => {
    expect(ids('UN GGE norms mentioned: 13h, 13k').elements).toEqual(['4.3', '5.7']);
    expect(ids('It reflects paragraph 13 (h) and (k) of the 2015 report.').elements).toEqual(['4.3', '5.7']);
  });

  it('keeps an element named in words once, beside the one a citation points to', () => {
    const s = suggestNorms('Vulnerability disclosure is central. It also reflects 13(k).', catalog);
    expect(s.normElements.map((e) => [e.id, e.sentence])).toEqual([
      ['3.2', 'Vulnerability disclosure is central.'],
      ['5.7', 'It also reflects 13(k).'],
    ]);
  });

  it('does not add the elements of a norm only found through other words', () => {
    // "supply chain" finds norm 13(i) by its words; 13(i)'s other elements (5.3, 5.10) are not cited
    expect(ids('Members secure their supply chain.').elements).not.toContain('5.10');
  });
});
