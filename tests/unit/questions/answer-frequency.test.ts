import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { ask, normIds } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('answerQuestion: frequency', () => {
  it.each(['Rank the norm elements by frequency', 'what are the most common norms?', 'which elements are covered most often'])('ranks all elements for %s', (q) => {
    const r = ask(catalog, q);
    expect(r.intent).toBe('element-frequency');
    expect(r.norms).toHaveLength(catalog.elements.length);
    expect(new Set(normIds(r).slice(0, 2))).toEqual(new Set(['1.1', '4.1']));
  });

  it('charts counts computed from the catalog', () => {
    const r = ask(catalog, 'Rank the norm elements by frequency');
    const chart = r.blocks.find((b) => b.type === 'chart');
    if (chart?.type !== 'chart') throw new Error('no chart block');
    const first = chart.bars[0];
    expect(first?.value).toBe((catalog.agreementsByElement.get(normIds(r)[0] ?? '') ?? []).length);
    const values = chart.bars.map((b) => b.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('puts the least frequent first when asked', () => {
    const r = ask(catalog, 'What are the least common norm elements?');
    expect(r.intent).toBe('element-frequency');
    expect(normIds(r)).toHaveLength(catalog.elements.length);
    const counts = normIds(r).map((id) => (catalog.agreementsByElement.get(id) ?? []).length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('compares the ranking with the BPF 2022 findings', () => {
    expect(ask(catalog, 'Rank the norm elements by frequency').text).toMatch(/BPF 2022 draft: most frequent are human rights and general cooperation/);
  });

  it('counts within a filter', () => {
    const r = ask(catalog, 'most frequent elements in industry agreements');
    expect(r.text).toMatch(/the 5 agreements matching "industry"/);
  });
});
