import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { agreementIds, ask } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const byYear = (test: (y: number) => boolean) => catalog.agreements.filter((a) => a.year !== null && test(a.year)).map((a) => a.id).sort((a, b) => a - b);
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe('answerQuestion: agreements by date and by facts', () => {
  it('lists agreements launched strictly after a year', () => {
    const r = ask(catalog, 'Which agreements were launched after 2020?');
    expect(r.intent).toBe('agreements-by-date');
    expect(sorted(agreementIds(r))).toEqual(byYear((y) => y > 2020));
  });

  it.each([
    ['new agreements since 2021', (y: number) => y >= 2021],
    ['agreements adopted in 2018', (y: number) => y === 2018],
    ['which agreements were signed before 2012?', (y: number) => y < 2012],
    ['agreements from 2015 to 2016', (y: number) => y >= 2015 && y <= 2016],
    ['agreements adopted in the last 5 years', (y: number) => y >= 2021],
  ])('reads the years in %s', (q, test) => {
    expect(sorted(agreementIds(ask(catalog, q)))).toEqual(byYear(test));
  });

  it('lists agreements added to the catalog since a date, saying when none were and naming the latest additions', () => {
    const r = ask(catalog, 'What was added to the catalog since 2023-01-01?');
    const latest = catalog.agreements.filter((a) => a.datasetEntry?.cycle === 2022);
    expect(r.agreements).toEqual([]);
    expect(r.text).toMatch(/No agreement entered the BPF's dataset on or after 2023-01-01/);
    for (const a of latest) expect(r.text).toContain(a.name);
    expect(sorted(agreementIds(ask(catalog, 'what was added to the catalog since 2022?')))).toEqual(latest.map((a) => a.id));
  });

  it('lists agreements by maintainer', () => {
    expect(agreementIds(ask(catalog, 'agreements maintained by the OSCE'))).toEqual([14]);
  });

  it('lists politically binding agreements', () => {
    const ids = agreementIds(ask(catalog, 'politically binding agreements'));
    expect(sorted(ids)).toEqual(catalog.agreements.filter((a) => a.binding === 'politically binding').map((a) => a.id));
  });

  it('lists the whole catalog when asked', () => {
    expect(ask(catalog, 'List all agreements').agreements).toHaveLength(catalog.agreements.length);
  });
});
