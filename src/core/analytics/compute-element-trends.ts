import type { Agreement } from '../catalog/agreement.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { coveredSlots } from './covered-slots.js';
import { splitIntoPeriods, type Period } from './split-into-periods.js';

export type TrendDirection = 'rising' | 'declining' | 'flat' | 'too few';

export interface ElementTrend {
  element: NormElement;
  /** share (0..1) of each period's agreements covering the element */
  shares: number[];
  /** last period's share minus the first's, in percentage points */
  change: number;
  /** least-squares slope of covered (0/1) against year, percentage points per year */
  slope: number;
  /** agreements covering the element, all periods together */
  covering: number;
  direction: TrendDirection;
}

export interface ElementTrends {
  periods: Array<Pick<Period, 'label' | 'from' | 'to'> & { size: number }>;
  undated: number;
  trends: ElementTrend[];
  /** periods holding fewer agreements than SMALL_PERIOD: their shares move a lot with one text */
  smallPeriods: string[];
}

/** Fewer agreements than this in a period and its share is flagged as a small sample. */
export const SMALL_PERIOD = 10;
/** Fewer covering agreements than this and no direction is claimed. */
export const MIN_COVERING = 3;
/** A trend needs both: a change of at least this many points first-to-last period, and a slope of the same sign. */
export const MIN_CHANGE_POINTS = 10;

/**
 * Which elements rise or decline over time. Method: dated agreements are split into periods of
 * adoption year holding about equal numbers of agreements; for each element we take the share of
 * each period's agreements that cover it, the change from the first to the last period, and the
 * least-squares slope of covered (1) / not covered (0) against the year over all dated agreements.
 * An element is rising or declining only when the change and the slope agree.
 */
export function computeElementTrends(agreements: readonly Agreement[], elements: readonly NormElement[], periodCount = 3): ElementTrends {
  const periods = splitIntoPeriods(agreements, periodCount);
  const dated = periods.reduce((n, p) => n + p.agreements.length, 0);
  let yearSum = 0;
  for (const p of periods) for (const a of p.agreements) yearSum += a.year ?? 0;
  const meanYear = yearSum / Math.max(dated, 1);
  // one pass over the coverage into typed arrays: per element, covering agreements per period and
  // the sum of their centred years (the covariance term of the slope); cheap even at 10,000 agreements
  const counts = new Int32Array(periods.length * elements.length);
  const centred = new Float64Array(elements.length);
  let sxx = 0;
  periods.forEach((p, pi) => {
    for (const a of p.agreements) {
      const dy = (a.year ?? 0) - meanYear;
      sxx += dy * dy;
      for (const i of coveredSlots(a, elements)) {
        counts[pi * elements.length + i] = (counts[pi * elements.length + i] ?? 0) + 1;
        centred[i] = (centred[i] ?? 0) + dy;
      }
    }
  });
  const trends = elements.map((element, i): ElementTrend => {
    const perPeriod = periods.map((_, pi) => counts[pi * elements.length + i] ?? 0);
    const covering = perPeriod.reduce((x, y) => x + y, 0);
    const shares = periods.map((p, pi) => (p.agreements.length > 0 ? (perPeriod[pi] ?? 0) / p.agreements.length : 0));
    const slope = sxx > 0 ? ((centred[i] ?? 0) / sxx) * 100 : 0;
    const change = ((shares[shares.length - 1] ?? 0) - (shares[0] ?? 0)) * 100;
    return { element, shares, change, slope, covering, direction: directionOf(change, slope, covering) };
  });
  return {
    periods: periods.map((p) => ({ label: p.label, from: p.from, to: p.to, size: p.agreements.length })),
    undated: agreements.length - dated,
    trends,
    smallPeriods: periods.filter((p) => p.agreements.length < SMALL_PERIOD).map((p) => p.label),
  };
}

function directionOf(change: number, slope: number, covering: number): TrendDirection {
  if (covering < MIN_COVERING) return 'too few';
  if (change >= MIN_CHANGE_POINTS && slope > 0) return 'rising';
  if (change <= -MIN_CHANGE_POINTS && slope < 0) return 'declining';
  return 'flat';
}
