import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { readQuestion } from '../../../src/core/questions/read-question.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

const now = new Date('2026-11-23T00:00:00Z');
let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const filtersOf = (text: string) => readQuestion(text, catalog, now).filters;

describe('reading constraints from a question', () => {
  it.each([
    ['which state agreements', ['states', 'regional organisation']],
    ['intergovernmental agreements', ['states', 'regional organisation']],
    ['industry led commitments', ['industry']],
    ['what do companies commit to', ['industry']],
    ['multi stakeholder initiatives', ['multistakeholder']],
    ['technical community agreements', ['technical community']],
    ['regional agreements', ['regional organisation']],
    ['which agreements signed by states cover supply chain?', ['states', 'regional organisation']],
    ['which agreements between companies cover botnets?', ['industry']],
    ['industry agreements on vulnerability disclosure', ['industry']],
    ['What do companies commit to on supply chain?', ['industry']],
  ])('reads the kind of party in %s', (text, kinds) => {
    expect(filtersOf(text).parties).toEqual([expect.objectContaining({ kinds, polarity: 'include' })]);
  });

  it('does not read "non state actors" as states', () => {
    expect(filtersOf('agreements on non state actors').parties).toBeUndefined();
  });

  it.each([
    ['excluding industry', 'exclude'],
    ['agreements not signed by states', 'exclude'],
    ['agreements that are not state-only', 'not-only'],
    ['agreements beyond state-only ones', 'not-only'],
    ['agreements not only among governments', 'not-only'],
    ['agreements between states only', 'only'],
    ['industry-only commitments', 'only'],
    ["agreements that aren't from governments", 'exclude'],
    ['agreements signed by more than states', 'not-only'],
  ])('reads the polarity of the party in %s', (text, polarity) => {
    expect(filtersOf(text).parties?.[0]?.polarity).toBe(polarity);
  });

  it.each(['agreements on theft from companies', 'which agreements protect hospitals from states', 'norms against attacks on businesses'])(
    'reads a party that is the object of the norm in %s as no constraint on who agreed',
    (text) => {
      expect(filtersOf(text).parties).toBeUndefined();
    },
  );

  it.each([
    'what agreements call upon states to refrain from attacking CERTs?',
    'agreements where governments must not harm CSIRTs',
    'which agreements say that countries shall not damage critical infrastructure',
    'Which texts say that companies must not hack back?',
    'which agreements require companies to report vulnerabilities?',
  ])('reads a party a norm addresses ("say states should ...", "require companies to ...") as what is said, no constraint on who agreed: %s', (text) => {
    expect(filtersOf(text).parties).toBeUndefined();
  });

  it.each([
    ['non binding agreements', ['non-binding', 'voluntary', 'politically binding']],
    ['not legally binding', ['non-binding', 'voluntary', 'politically binding']],
    ["agreements that aren't binding", ['non-binding', 'voluntary', 'politically binding']],
    ['politically binding', ['politically binding']],
    ['legally binding treaties', ['binding']],
    ['voluntary commitments', ['voluntary']],
    ['voluntary rather than binding ones', ['voluntary']],
  ])('reads the binding status in %s', (text, values) => {
    expect(filtersOf(text).binding?.values).toEqual(values);
  });

  it('reads a maintainer', () => {
    expect(filtersOf('agreements maintained by the osce that cover elections').maintainer?.words).toEqual(['osce']);
  });

  it.each(['Which agreements other than the UN ones cover CERTs?', 'the agreements not maintained by the UN about CIP'])('reads an excluded maintainer in %s', (q) => {
    expect(filtersOf(q).maintainer).toMatchObject({ words: ['un'], exclude: true });
  });

  it('reads a date as a catalog entry date when asked what was added', () => {
    const f = filtersOf('added to the catalog since 2023-01-15');
    expect(f.addedSince?.date).toBe('2023-01-15');
    expect(f.years).toBeUndefined();
  });

  it('reads "between 2019 and 2021" as years, not as the "2019-2021 GGE"', () => {
    const rq = readQuestion('what was adopted between 2019 and 2021', catalog, now);
    expect(rq.filters.years).toMatchObject({ min: 2019, max: 2021 });
    expect(rq.agreements).toEqual([]);
  });
});
