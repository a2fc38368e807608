import { beforeAll, describe, expect, it } from 'vitest';
import { BindingSchema, PartiesKindSchema, type Agreement } from '../../../src/core/catalog/agreement.js';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { applyFilters, matchesFilters, type AgreementFilters, type PartyConstraint } from '../../../src/core/questions/agreement-filters.js';
import { countElementFrequency } from '../../../src/core/analytics/count-element-frequency.js';
import { answerAgreementBreadth } from '../../../src/core/questions/answer-agreement-breadth.js';
import { agreementsCovering } from '../../../src/core/questions/answer-agreements-for-element.js';
import { answerFrequency } from '../../../src/core/questions/answer-frequency.js';
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

describe("applyFilters over the snapshot's columns", () => {
  it('keeps exactly the agreements matchesFilters keeps, in the list order, for 400 random combinations of filters, over the whole catalog and lists of it', () => {
    const rnd = seededRandom(11);
    const big = buildCatalogSnapshot({ agreements, categories: catalog.categories, elements: catalog.elements, ggeNorms: catalog.ggeNorms });
    applyFilters(big, big.agreements, { years: { min: 0, label: '' } }); // the second filtering of a snapshot reads its columns
    const lists = [big.agreements, [...big.agreements].reverse(), big.agreements.filter(() => rnd() < 0.3)];
    let kept = 0;
    for (let i = 0; i < 400; i++) {
      const f = randomFilters(rnd);
      const list = lists[i % lists.length]!;
      const expected = list.filter((a) => matchesFilters(a, f));
      expect(applyFilters(big, list, f).map((a) => a.id), JSON.stringify(f, (_, v) => (v instanceof Set ? [...v] : v))).toEqual(expected.map((a) => a.id));
      kept += expected.length;
    }
    expect(kept).toBeGreaterThan(400 * 5); // the combinations keep agreements, not only empty lists
  });

  it('reads an edited copy of an agreement (not the snapshot\'s own) from the agreement itself', () => {
    const big = buildCatalogSnapshot({ agreements, categories: catalog.categories, elements: catalog.elements, ggeNorms: catalog.ggeNorms });
    applyFilters(big, big.agreements, { years: { min: 0, label: '' } });
    // one copy, at the end of the list, among the snapshot's own agreements
    const last = big.agreements.length - 1;
    const edited = big.agreements.map((a, k) => (k === last ? { ...a, year: 1990 } : a));
    const kept = applyFilters(big, edited, { years: { max: 1991, label: '' } }).map((a) => a.id);
    expect(kept).toContain(edited[last]!.id);
    expect(kept).toEqual(edited.filter((a) => matchesFilters(a, { years: { max: 1991, label: '' } })).map((a) => a.id));
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

describe('counts read from the columns equal the plain counts', () => {
  it('answerAgreementBreadth: the same agreements, breadths, mean and median as ranking every matching agreement by its distinct elements', () => {
    const rnd = seededRandom(21);
    const big = buildCatalogSnapshot({ agreements, categories: catalog.categories, elements: catalog.elements, ggeNorms: catalog.ggeNorms });
    for (let i = 0; i < 120; i++) {
      const f = i % 4 === 0 ? {} : randomFilters(rnd);
      const fewest = rnd() < 0.5;
      const pool = big.agreements.filter((a) => matchesFilters(a, f));
      const breadth = (a: Agreement) => new Set(a.coverage.map((c) => c.element)).size;
      const ranked = [...pool].sort((a, b) => (fewest ? breadth(a) - breadth(b) : breadth(b) - breadth(a)) || a.id - b.id);
      const cut = ranked.length > 0 ? breadth(ranked[Math.min(10, ranked.length) - 1]!) : 0;
      const expected = ranked.filter((a, k) => k < 10 || breadth(a) === cut).slice(0, 50);
      const reply = answerAgreementBreadth(big, f, fewest);
      expect(reply.agreements.map((a) => String(a.id))).toEqual(expected.map((a) => String(a.id)));
      const list = reply.blocks.find((b) => b.type === 'list');
      expect(list?.type === 'list' && list.items.map((it) => it.detail?.split(' ')[0])).toEqual(expected.map((a) => String(breadth(a))));
      const counts = pool.map(breadth).sort((x, y) => x - y);
      const mean = (counts.reduce((s, n) => s + n, 0) / Math.max(counts.length, 1)).toFixed(1);
      const median = counts.length === 0 ? 0 : (counts[Math.floor((counts.length - 1) / 2)]! + counts[Math.ceil((counts.length - 1) / 2)]!) / 2;
      const text = reply.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join(' ');
      expect(text).toContain(`covers ${mean} of the ${big.elements.length} elements on average (median ${median})`);
    }
  });

  it('answerFrequency with filters: each element counted over the matching agreements, ranked as countElementFrequency ranks them', () => {
    const rnd = seededRandom(22);
    const big = buildCatalogSnapshot({ agreements, categories: catalog.categories, elements: catalog.elements, ggeNorms: catalog.ggeNorms });
    let counted = 0;
    for (let i = 0; i < 120; i++) {
      const f = randomFilters(rnd);
      const expected = countElementFrequency(big.agreements.filter((a) => matchesFilters(a, f)), big.elements);
      const reply = answerFrequency(big, f, false);
      const chart = reply.blocks.find((b) => b.type === 'chart');
      expect(reply.norms.map((e) => e.id)).toEqual(expected.map((x) => x.element.id));
      expect(chart?.type === 'chart' && chart.bars.map((b) => b.value)).toEqual(expected.map((x) => x.count));
      counted += expected.reduce((s, x) => s + x.count, 0);
    }
    expect(counted).toBeGreaterThan(1000);
  });
});
