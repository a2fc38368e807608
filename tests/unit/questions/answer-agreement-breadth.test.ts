import { beforeAll, describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/catalog/agreement.js';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { MAX_LISTED_AGREEMENTS } from '../../../src/core/questions/list-limits.js';
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

  const unverified = (a: Agreement) => a.coverage.some((c) => c.status === 'unverified') || /unverified/i.test(a.urlNote);
  const byYear = (a: Agreement, b: Agreement) => (a.year ?? 9999) - (b.year ?? 9999) || a.id - b.id;

  it('lists every agreement resting on unverified links, oldest first, and counts the links', () => {
    const r = ask(catalog, 'Which agreements have unverified links?');
    expect(r.intent).toBe('unverified-links');
    const expected = catalog.agreements.filter(unverified).sort(byYear).slice(0, MAX_LISTED_AGREEMENTS);
    expect(expected.length).toBeGreaterThan(0);
    expect(agreementIds(r)).toEqual(expected.map((a) => a.id));
    const links = catalog.agreements.flatMap((a) => a.coverage);
    expect(r.text).toContain(`${links.filter((c) => c.status === 'unverified').length} of the ${links.length} coverage links in the catalog are unverified; ${catalog.agreements.filter(unverified).length} agreements`);
  });

  it('keeps only the unverified agreements that pass the question\'s filters', () => {
    const r = ask(catalog, 'unverified links in legally binding agreements since 2010');
    const expected = catalog.agreements.filter((a) => unverified(a) && a.binding === 'binding' && (a.year ?? 0) >= 2010).sort(byYear);
    expect(expected.length).toBeGreaterThan(0);
    expect(agreementIds(r)).toEqual(expected.map((a) => a.id));
  });
});
