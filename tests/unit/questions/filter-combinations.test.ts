import { beforeAll, describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/catalog/agreement.js';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { agreementIds, ask } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

type Test = (a: Agreement) => boolean;
const ELEMENTS: Array<[string, string]> = [
  ['critical infrastructure protection', '2.1'],
  ['human rights', '1.1'],
  ['vulnerability disclosure', '3.2'],
  ['cybercrime', '4.2'],
  ['personal data', '1.2'],
];
const KINDS: Array<[string, Test]> = [
  ['', () => true],
  ['state', (a) => a.partiesKinds.some((k) => k === 'states' || k === 'regional organisation')],
  ['industry', (a) => a.partiesKinds.includes('industry')],
  ['multistakeholder', (a) => a.partiesKinds.includes('multistakeholder')],
];
const BINDING: Array<[string, Test]> = [
  ['', () => true],
  ['binding', (a) => a.binding === 'binding'],
  ['voluntary', (a) => a.binding === 'voluntary'],
  ['non-binding', (a) => ['non-binding', 'voluntary', 'politically binding'].includes(a.binding)],
];
const YEARS: Array<[string, Test]> = [
  ['', () => true],
  ['since 2016', (a) => (a.year ?? 0) >= 2016],
  ['before 2015', (a) => a.year !== null && a.year < 2015],
  ['between 2015 and 2018', (a) => (a.year ?? 0) >= 2015 && (a.year ?? 0) <= 2018],
  ['after 2018', (a) => (a.year ?? 0) > 2018],
];

const cases = ELEMENTS.flatMap(([words, id]) =>
  KINDS.flatMap(([kind, k]) => BINDING.flatMap(([binding, b]) => YEARS.map(([years, y]) => ({ words, id, kind, binding, years, test: (a: Agreement) => k(a) && b(a) && y(a) })))),
);

describe('answerQuestion with every combination of filters', () => {
  it(`lists exactly the agreements the catalog says, in ${cases.length} combinations`, () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const q = ['Which', c.binding, c.kind, 'agreements cover', c.words, c.years].filter((s) => s !== '').join(' ') + '?';
      const expected = (catalog.agreementsByElement.get(c.id) ?? []).filter(c.test).map((a) => a.id).sort((x, y) => x - y);
      const got = agreementIds(ask(catalog, q)).sort((x, y) => x - y);
      if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${q} -> ${got.join(',')} (expected ${expected.join(',')})`);
    }
    expect(wrong).toEqual([]);
  });
});
