import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { agreementIds, ask } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const breadth = (id: number) => new Set(catalog.agreementById.get(id)?.coverage.map((c) => c.element)).size;

describe('answerQuestion: breadth of agreements and unverified links', () => {
  it('ranks agreements by the number of elements they cover', () => {
    const r = ask(catalog, 'Which agreement covers the most elements?');
    expect(r.intent).toBe('agreements-by-breadth');
    const counts = agreementIds(r).map(breadth);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...catalog.agreements.map((a) => breadth(a.id))));
  });

  it('puts the narrowest first when asked for the fewest', () => {
    const counts = agreementIds(ask(catalog, 'Which agreements cover the fewest elements?')).map(breadth);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('states the average computed from the catalog', () => {
    const mean = catalog.agreements.reduce((s, a) => s + breadth(a.id), 0) / catalog.agreements.length;
    expect(ask(catalog, 'What is the average number of elements per agreement?').text).toContain(`${mean.toFixed(1)} of the ${catalog.elements.length} elements on average`);
  });

  it('does not confuse elements covered by the most agreements with agreements covering the most elements', () => {
    expect(ask(catalog, 'Which norm elements are covered by the most agreements?').intent).toBe('element-frequency');
  });

  it('lists the agreements resting on unverified links', () => {
    const r = ask(catalog, 'Which agreements have unverified links?');
    expect(r.intent).toBe('unverified-links');
    for (const id of agreementIds(r)) {
      const a = catalog.agreementById.get(id);
      expect(a?.coverage.some((c) => c.status === 'unverified') || /unverified/i.test(a?.urlNote ?? '')).toBe(true);
    }
  });
});
