import { beforeAll, describe, expect, it } from 'vitest';
import { BindingSchema, PartiesKindSchema, type Agreement } from '../../../src/core/catalog/agreement.js';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { applyFilters, matchesFilters, type AgreementFilters, type PartyConstraint } from '../../../src/core/questions/agreement-filters.js';
import { agreementsCovering } from '../../../src/core/questions/answer-agreements-for-element.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import { seededRandom, type Random } from '../../helpers/seeded-random.js';

let catalog: CatalogSnapshot;
/** the shipped agreements and variants of them with other years, parties, bindings and dates of entry */
let agreements: Agreement[];
beforeAll(async () => {
  catalog = await loadCatalog();
  const rnd = seededRandom(7);
  const variants = catalog.agreements.flatMap((a, i) =>
    [1, 2, 3].map((n): Agreement => ({
      ...a,
      id: 1000 * n + a.id,
      year: rnd() < 0.1 ? null : 1995 + Math.floor(rnd() * 31),
      partiesKinds: PartiesKindSchema.options.filter(() => rnd() < 0.3),
      binding: rnd.pick(BindingSchema.options),
      addedAt: `20${10 + ((i + n) % 16)}-0${1 + (n % 9)}-1${n}T00:00:00Z`,
      ...(rnd() < 0.5 ? { datasetEntry: { ...(rnd() < 0.7 ? { after: `20${15 + (i % 9)}-12-10` } : {}), by: `20${16 + (i % 9)}-12-01`, source: 'test' } } : { datasetEntry: undefined }),
      coverage: a.coverage.filter(() => rnd() < 0.7),
    })),
  );
  agreements = [...catalog.agreements, ...variants];
});

function randomFilters(rnd: Random): AgreementFilters {
  const f: AgreementFilters = {};
  const kinds = () => PartiesKindSchema.options.filter(() => rnd() < 0.4);
  if (rnd() < 0.5) f.parties = [1, 2].slice(0, 1 + Math.floor(rnd() * 2)).map((): PartyConstraint => ({ kinds: kinds(), polarity: rnd.pick(['include', 'only', 'exclude', 'not-only'] as const), label: '', words: '' }));
  if (rnd() < 0.4) f.binding = { values: BindingSchema.options.filter(() => rnd() < 0.4), label: '' };
  if (rnd() < 0.4) f.years = { ...(rnd() < 0.7 ? { min: 2000 + Math.floor(rnd() * 20) } : {}), ...(rnd() < 0.5 ? { max: 2010 + Math.floor(rnd() * 15) } : {}), label: '' };
  if (rnd() < 0.3) f.addedSince = { date: `20${14 + Math.floor(rnd() * 10)}-0${1 + Math.floor(rnd() * 9)}-15`, ...(rnd() < 0.4 ? { until: `20${20 + Math.floor(rnd() * 6)}-06-30` } : {}), label: '' };
  if (rnd() < 0.3) f.maintainer = { words: [], label: '', exclude: rnd() < 0.5, ids: new Set(agreements.filter(() => rnd() < 0.3).map((a) => a.id)) };
  if (rnd() < 0.3) f.withoutElements = { ids: catalog.elements.filter(() => rnd() < 0.15).map((e) => e.id), label: '' };
  if (rnd() < 0.2) f.within = { ids: agreements.filter(() => rnd() < 0.4).map((a) => a.id), label: '' };
  return f;
}

describe('applyFilters over a kept list (read from its columns)', () => {
  it('keeps exactly the agreements matchesFilters keeps, in the list order, for 400 random combinations of filters', () => {
    const rnd = seededRandom(11);
    applyFilters(agreements, { years: { min: 0, label: '' } }); // the second filtering of a list reads its columns
    let kept = 0;
    for (let i = 0; i < 400; i++) {
      const f = randomFilters(rnd);
      const expected = agreements.filter((a) => matchesFilters(a, f));
      expect(applyFilters(agreements, f).map((a) => a.id), JSON.stringify(f, (_, v) => (v instanceof Set ? [...v] : v))).toEqual(expected.map((a) => a.id));
      kept += expected.length;
    }
    expect(kept).toBeGreaterThan(400 * 5); // the combinations keep agreements, not only empty lists
  });
});

describe('agreementsCovering', () => {
  it('lists the agreements covering an element of every group, oldest first, as a plain scan does', () => {
    const rnd = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      const groups = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => catalog.elements.filter(() => rnd() < 0.12));
      const expected = catalog.agreements
        .filter((a) => groups.every((g) => a.coverage.some((c) => g.some((e) => e.id === c.element))))
        .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.id - b.id);
      expect(agreementsCovering(catalog, groups).map((a) => a.id)).toEqual(expected.map((a) => a.id));
    }
    const human = catalog.elementById.get('1.1')!;
    expect(agreementsCovering(catalog, [[human]]).length).toBe(catalog.agreementsByElement.get('1.1')!.length);
  });
});
