import type { Agreement } from '../catalog/agreement.js';

export interface Period {
  /** "2009-2015" */
  label: string;
  from: number;
  to: number;
  agreements: Agreement[];
}

/**
 * Splits dated agreements into `count` consecutive periods of whole years holding about the same
 * number of agreements each, so no period's share rests on a handful of texts while another has
 * dozens. Undated agreements are left out (the caller reports how many).
 */
export function splitIntoPeriods(agreements: readonly Agreement[], count = 3): Period[] {
  const byYear = new Map<number, Agreement[]>();
  for (const a of agreements) if (a.year !== null) (byYear.get(a.year) ?? byYear.set(a.year, []).get(a.year))?.push(a);
  const years = [...byYear.keys()].sort((x, y) => x - y);
  const sizeOf = (i: number) => byYear.get(years[i] ?? -1)?.length ?? 0;
  let remaining = years.reduce((n, _, i) => n + sizeOf(i), 0);
  const periods: Period[] = [];
  let start = 0;
  for (let p = 0; p < count && start < years.length; p++) {
    const target = remaining / (count - p);
    let end = start;
    let size = sizeOf(start);
    // grow the period while that brings its size closer to an equal share of what is left
    while (end + 1 < years.length && p < count - 1 && Math.abs(size + sizeOf(end + 1) - target) <= Math.abs(size - target)) {
      end++;
      size += sizeOf(end);
    }
    if (p === count - 1) end = years.length - 1;
    const from = years[start] ?? 0;
    const to = years[end] ?? from;
    const members: Agreement[] = [];
    // a loop, not flatMap: flatMap over 10,000 agreements was most of a trends answer's time
    for (let y = start; y <= end; y++) for (const a of byYear.get(years[y]!) ?? []) members.push(a);
    periods.push({ label: from === to ? `${from}` : `${from}-${to}`, from, to, agreements: members });
    remaining -= members.length;
    start = end + 1;
  }
  return periods;
}
