import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogSnapshot, updateCatalogSnapshot, type CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { adoptCatalogTextIndex, getCatalogTextIndex } from '../../../src/core/text/catalog-text-index.js';
import { packCatalogTextIndex, unpackCatalogTextIndex } from '../../../src/core/text/pack-catalog-text-index.js';
import { findAgreementSpans, type AgreementMatchSpan } from '../../../src/core/text/find-agreements.js';
import { anAgreement } from '../../helpers/agreement-builder.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import { randomAgreements, randomQuery } from '../../helpers/random-names.js';
import { seededRandom } from '../../helpers/seeded-random.js';
import { referenceMatcher } from '../../helpers/reference-find-agreements.js';

let shipped: CatalogSnapshot;
beforeAll(async () => {
  shipped = await loadCatalog();
});

const withAgreements = (base: CatalogSnapshot, agreements: CatalogSnapshot['agreements']) =>
  buildCatalogSnapshot({ agreements, categories: base.categories, elements: base.elements, ggeNorms: base.ggeNorms });

const summary = (matches: readonly AgreementMatchSpan[]) => matches.map((m) => `${m.agreement.id}:${m.score}:${m.start}-${m.end}`);

/** Asks both matchers the same queries at several thresholds; returns how many matches were compared. */
function expectSameAsReference(catalog: CatalogSnapshot, queries: readonly string[]): number {
  let compared = 0;
  const reference = referenceMatcher(catalog);
  for (const q of queries) {
    for (const minScore of [0.5, 0.3, 0.9, 0, 0.6, 0.75]) {
      const expected = summary(reference(q, minScore));
      expect(summary(findAgreementSpans(q, catalog, minScore)), `${JSON.stringify(q)} at ${minScore}`).toEqual(expected);
      compared += expected.length;
    }
  }
  return compared;
}

describe('findAgreementSpans matches the plain reference matcher', () => {
  it('on random catalogs that share words, with long posting lists, and questions naming their agreements', () => {
    const rnd = seededRandom(11);
    let compared = 0;
    for (let c = 0; c < 6; c++) {
      const catalog = withAgreements(shipped, [...shipped.agreements, ...randomAgreements(rnd, 150 + c * 30, 100)]);
      // words shared by many names are listed only where they weigh most: the pruning is what this test checks
      const longest = Math.max(...[...getCatalogTextIndex(catalog).agreements.tables.postings.values()].map((l) => l.length));
      expect(longest).toBeGreaterThan(100);
      const queries = Array.from({ length: 25 }, () => randomQuery(rnd, catalog.agreements));
      compared += expectSameAsReference(catalog, queries);
    }
    expect(compared).toBeGreaterThan(500); // the queries do name agreements
  });

  it('when a hundred names or more share their heaviest word, one-word aliases and a word used twice included', () => {
    // every name has a region word (a third of the names each) and filler words most names use, so
    // the region word is the heaviest of ~100 names: its list is grouped by the names' other words
    const REGIONS = ['Nordic', 'Andean', 'Baltic'];
    const FILLERS = ['Cooperation', 'Security', 'Framework', 'Charter'];
    const agreements = Array.from({ length: 320 }, (_, i) => {
      const region = REGIONS[i % 3]!;
      const fillers = FILLERS.filter((_, k) => k !== i % 4);
      // "Nordic Security Framework Nordic": the heaviest word twice, matched by one word of the text
      const name = i % 10 === 0 ? `${region} ${fillers[0]} ${fillers[1]} ${region}` : `${region} ${fillers.join(' ')} ${i}`;
      return anAgreement(500 + i, 2000 + (i % 20), [], { name, aliases: i % 15 === 0 ? [region] : [] });
    });
    const catalog = withAgreements(shipped, [...shipped.agreements, ...agreements]);
    const rnd = seededRandom(15);
    const queries = ['Nordic', 'the nordic one', 'Baltic Charter', 'Andean Security Framework', 'Nordic Cooperation Security and Baltic', ...Array.from({ length: 20 }, () => randomQuery(rnd, agreements))];
    expect(expectSameAsReference(catalog, queries)).toBeGreaterThan(100);
  });

  it('on the shipped catalog with questions as members ask them', () => {
    const rnd = seededRandom(12);
    const queries = [
      'What does the Paris Call cover?', 'Compare the Paris Call and the GCSC norms', 'the 2021 UN GGE report', 'UN GGE 2015', 'G20 Osaka Leaders Declaration',
      'Tell me about the Magna Carta for Robots', 'the Charlevox commitment', 'African Union Convention', 'Shanghai Cooperation Organisation agreement 2009',
      ...Array.from({ length: 40 }, () => randomQuery(rnd, shipped.agreements)),
    ];
    expect(expectSameAsReference(shipped, queries)).toBeGreaterThan(50);
  });

  it('after the catalog changes, with the name index carried over and updated in place', () => {
    const rnd = seededRandom(13);
    let catalog = withAgreements(shipped, [...shipped.agreements, ...randomAgreements(rnd, 200, 100)]);
    const index = getCatalogTextIndex(catalog).agreements;
    for (let step = 0; step < 6; step++) {
      const changed = randomAgreements(rnd, 3, 100 + step * 7).map((a) => ({ ...a, coverage: [] }));
      const added = randomAgreements(rnd, 5, 1_000 + step * 5);
      const recovered = { ...catalog.agreementById.get(30 - step)!, coverage: [] }; // same names, coverage edited
      catalog = updateCatalogSnapshot(catalog, { upserted: [...changed, ...added, recovered], removedIds: [101 + step * 11, 22] });
      if (step % 2 === 0) expect(getCatalogTextIndex(catalog).agreements).toBe(index); // the same index, updated
    }
    expect(catalog.agreementById.has(22)).toBe(false);
    const queries = [...Array.from({ length: 30 }, () => randomQuery(rnd, catalog.agreements)), 'What does the Paris Call cover?'];
    expectSameAsReference(catalog, queries);
    const rebuilt = withAgreements(shipped, catalog.agreements);
    for (const q of queries) expect(summary(findAgreementSpans(q, catalog))).toEqual(summary(findAgreementSpans(q, rebuilt)));
  });

  it('with an index packed and unpacked, as a one-shot command keeps it, before and after a change', () => {
    const rnd = seededRandom(14);
    const built = withAgreements(shipped, [...shipped.agreements, ...randomAgreements(rnd, 250, 100)]);
    const packed = structuredClone(packCatalogTextIndex(getCatalogTextIndex(built))); // as read back from the store
    let catalog = withAgreements(shipped, built.agreements);
    adoptCatalogTextIndex(catalog, unpackCatalogTextIndex(packed));
    expectSameAsReference(catalog, Array.from({ length: 15 }, () => randomQuery(rnd, catalog.agreements)));
    catalog = updateCatalogSnapshot(catalog, { upserted: randomAgreements(rnd, 4, 150), removedIds: [24, 160] });
    expectSameAsReference(catalog, Array.from({ length: 15 }, () => randomQuery(rnd, catalog.agreements)));
  });
});
