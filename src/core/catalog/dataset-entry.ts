import { z } from 'zod';
import type { Agreement } from './agreement.js';
import { IGF_MEETINGS, describeIgf } from './igf-meetings.js';

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date such as "2022-12-01"');

/**
 * When an agreement entered the BPF's dataset, as far as a source tells: often only a window
 * ("new since IGF 2021" in the December 2022 draft: after 2021-12-10, by 2022-12-01), sometimes only
 * an upper bound ("in the earlier set": by IGF 2021).
 */
export const DatasetEntrySchema = z.object({
  /** the BPF's yearly cycle (it ends at that year's IGF) whose analysis added it, when the source says so */
  cycle: z.number().int().min(2006).max(2100).optional(),
  /** it entered after this day; absent when the source gives no lower bound */
  after: IsoDateSchema.optional(),
  /** it was in the dataset on this day */
  by: IsoDateSchema,
  /** the named document that says so */
  source: z.string().min(1),
});
export type DatasetEntry = z.infer<typeof DatasetEntrySchema>;

/** Days an agreement may have entered the dataset: (after, by]; after is null when unknown. */
export interface EntryWindow {
  after: string | null;
  by: string;
}

/** An agreement without a recorded entry (an approved contribution) entered on the day it was added. */
export function entryWindow(a: Agreement): EntryWindow {
  if (a.datasetEntry) return { after: a.datasetEntry.after ?? null, by: a.datasetEntry.by };
  const day = a.addedAt.slice(0, 10);
  return { after: addDays(day, -1), by: day };
}

/** Inclusive range of days; `until` absent means up to now. */
export interface DayRange {
  from: string;
  until?: string;
}

/**
 * 'yes' when the whole entry window lies in the range, 'no' when none of it does, 'maybe' when the
 * sources cannot tell (an agreement known only to be in the set "by IGF 2021", asked about 2020).
 */
export function enteredWithin(a: Agreement, range: DayRange): 'yes' | 'no' | 'maybe' {
  const w = entryWindow(a);
  const first = w.after === null ? null : addDays(w.after, 1);
  if (first !== null && first >= range.from && (range.until === undefined || w.by <= range.until)) return 'yes';
  if (w.by < range.from || (range.until !== undefined && first !== null && first > range.until)) return 'no';
  return 'maybe';
}

/** "added by the BPF's 2022 analysis, after IGF 2021 (...), by 2022-12-01" in words, for answers. */
export function describeDatasetEntry(a: Agreement): string {
  const e = a.datasetEntry;
  if (!e) return `entered the catalog on ${a.addedAt.slice(0, 10)}`;
  const igfBefore = IGF_MEETINGS.find((m) => m.to === e.after);
  const igfBy = IGF_MEETINGS.find((m) => m.to === e.by);
  const after = e.after === undefined ? '' : `after ${igfBefore ? describeIgf(igfBefore) : e.after}, `;
  const by = igfBy ? `in the set by ${describeIgf(igfBy)}` : `in the set by ${e.by}`;
  const cycle = e.cycle === undefined ? '' : `added by the BPF's ${e.cycle} analysis, `;
  const unknown = e.after === undefined ? '; the source does not say when it was added' : '';
  return `${cycle}${after}${by}${unknown}`;
}

export function addDays(isoDay: string, days: number): string {
  const t = Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
