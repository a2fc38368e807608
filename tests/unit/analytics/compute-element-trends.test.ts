import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { computeElementTrends } from '../../../src/core/analytics/compute-element-trends.js';
import { splitIntoPeriods } from '../../../src/core/analytics/split-into-periods.js';
import { anAgreement } from '../../helpers/agreement-builder.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/** 30 agreements 2000-2029: 1.1 only in the later ones, 1.2 only in the earlier ones, 4.1 in all. */
const series = Array.from({ length: 30 }, (_, i) => anAgreement(i + 1, 2000 + i, ['4.1', ...(i >= 15 ? ['1.1'] : ['1.2'])]));

describe('splitIntoPeriods', () => {
  it('splits dated agreements into periods of whole years of about equal size', () => {
    const periods = splitIntoPeriods(series, 3);
    expect(periods.map((p) => p.agreements.length)).toEqual([10, 10, 10]);
    expect(periods.map((p) => p.label)).toEqual(['2000-2009', '2010-2019', '2020-2029']);
  });

  it('never splits one year across two periods', () => {
    const sameYear = Array.from({ length: 6 }, (_, i) => anAgreement(i + 1, 2018, []));
    expect(splitIntoPeriods(sameYear, 3).map((p) => p.label)).toEqual(['2018']);
  });

  it('leaves undated agreements out', () => {
    expect(splitIntoPeriods([anAgreement(1, null, []), anAgreement(2, 2015, [])], 3).flatMap((p) => p.agreements.map((a) => a.id))).toEqual([2]);
  });
});

describe('computeElementTrends', () => {
  it('finds an element rising when later agreements cover it', () => {
    const t = computeElementTrends(series, catalog.elements).trends.find((x) => x.element.id === '1.1');
    expect(t?.direction).toBe('rising');
    expect(t?.shares).toEqual([0, 0.5, 1]);
    expect(t?.slope).toBeGreaterThan(0);
  });

  it('finds an element declining when only earlier agreements cover it', () => {
    expect(computeElementTrends(series, catalog.elements).trends.find((x) => x.element.id === '1.2')?.direction).toBe('declining');
  });

  it('calls an element covered everywhere flat', () => {
    const t = computeElementTrends(series, catalog.elements).trends.find((x) => x.element.id === '4.1');
    expect(t).toMatchObject({ direction: 'flat', change: 0, slope: 0 });
  });

  it('claims no direction for an element covered by too few agreements', () => {
    const few = [...series, anAgreement(99, 2029, ['5.9'])];
    expect(computeElementTrends(few, catalog.elements).trends.find((x) => x.element.id === '5.9')?.direction).toBe('too few');
  });

  it('flags periods with few agreements and counts undated ones', () => {
    const small = [anAgreement(1, 2010, ['1.1']), anAgreement(2, 2020, ['1.1']), anAgreement(3, null, ['1.1'])];
    const result = computeElementTrends(small, catalog.elements);
    expect(result.smallPeriods.length).toBe(result.periods.length);
    expect(result.undated).toBe(1);
  });
});
