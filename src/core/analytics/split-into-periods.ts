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
  const dated = agreements.filter((a): a is Agreement & { year: number } => a.year !== null).sort((a, b) => a.year - b.year);
  if (dated.length === 0) return [];
  const years = [...new Set(dated.map((a) => a.year))];
  const periods: Period[] = [];
  let start = 0;
  for (let p = 0; p < count && start < years.length; p++) {
    const remaining = dated.filter((a) => a.year >= (years[start] ?? 0)).length;
    const target = remaining / (count - p);
    let end = start;
    let size = dated.filter((a) => a.year === years[end]).length;
    while (end + 1 < years.length && p < count - 1) {
      const next = dated.filter((a) => a.year === years[end + 1]).length;
      if (Math.abs(size + next - target) > Math.abs(size - target)) break;
      size += next;
      end++;
    }
    if (p === count - 1) end = years.length - 1;
    const from = years[start] ?? 0;
    const to = years[end] ?? from;
    periods.push({ label: from === to ? `${from}` : `${from}-${to}`, from, to, agreements: dated.filter((a) => a.year >= from && a.year <= to) });
    start = end + 1;
  }
  return periods;
}
