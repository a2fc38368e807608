import { BindingSchema, PartiesKindSchema, type Agreement, type Binding, type PartiesKind } from '../catalog/agreement.js';
import { enteredWithin } from '../catalog/dataset-entry.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { RegionMatch } from './reading/read-region.js';
import { columnsOf, coversAny, dayNumber, elementMask, rowsOf, type AgreementColumns } from './agreement-columns.js';

/**
 * Who must be among an agreement's parties: some of `kinds` (include), nothing but them (only),
 * none of them (exclude), or some other kind too (not-only: "not only states", "beyond state-only").
 */
export interface PartyConstraint {
  kinds: PartiesKind[];
  polarity: 'include' | 'only' | 'exclude' | 'not-only';
  label: string;
  /** the question's words it was read from */
  words: string;
}

/** Restrictions read from a question; each carries the words used to describe it back. */
export interface AgreementFilters {
  /** every constraint must hold */
  parties?: PartyConstraint[];
  /** `words`: what the question said ("not legally binding") */
  binding?: { values: Binding[]; label: string; words?: string };
  /** inclusive bounds on the year of adoption */
  years?: { min?: number; max?: number; label: string; words?: string };
  /** inclusive ISO days the agreement certainly entered the BPF's dataset between (see enteredWithin) */
  addedSince?: { date: string; until?: string; label: string };
  /** maintained or convened by (or, with `exclude`, not by) the organisation these words name: the agreements `ids` */
  maintainer?: { words: string[]; label: string; exclude?: boolean; ids: ReadonlySet<number>; region?: RegionMatch };
  /** elements the agreements must not cover ("human rights but not personal data") */
  withoutElements?: { ids: string[]; label: string };
  /** a follow-up's "those": only agreements of the previous answer */
  within?: { ids: number[]; label: string };
}

export function hasFilters(f: AgreementFilters): boolean {
  return Boolean((f.parties && f.parties.length > 0) || f.binding || f.years || f.addedSince || f.maintainer || f.withoutElements || f.within);
}

/**
 * The agreements of the list (the snapshot's, or some of them) passing the filters, in the list's
 * order; the same list when there are none (do not mutate it). Read from the snapshot's columns
 * once it has them.
 */
export function applyFilters(catalog: CatalogSnapshot, agreements: readonly Agreement[], f: AgreementFilters): readonly Agreement[] {
  if (!hasFilters(f)) return agreements;
  const cols = columnsOf(catalog);
  const rows = cols && rowsOf(cols, agreements);
  if (!cols || !rows) return agreements.filter((a) => matchesFilters(a, f));
  const keep = compileFilters(f, cols);
  const out: Agreement[] = [];
  for (let k = 0; k < agreements.length; k++) if (keep(rows[k]!)) out.push(agreements[k]!);
  return out;
}

/**
 * The snapshot's agreements passing every filter but the entry window that may have entered the
 * dataset within it (enteredWithin(...) === 'maybe'): sources that date an entry only as "in the
 * set by IGF 2021" cannot tell whether it was in 2020. Read from the columns once they are built.
 */
export function mayHaveEntered(catalog: CatalogSnapshot, f: AgreementFilters): readonly Agreement[] {
  const window = f.addedSince;
  if (!window) return [];
  const others = { ...f, addedSince: undefined };
  const cols = columnsOf(catalog);
  const rows = cols && rowsOf(cols, catalog.agreements);
  if (!cols || !rows) return applyFilters(catalog, catalog.agreements, others).filter((a) => enteredWithin(a, { from: window.date, until: window.until }) === 'maybe');
  const keep = compileFilters(others, cols);
  const from = dayNumber(window.date);
  const until = window.until === undefined ? Infinity : dayNumber(window.until);
  const out: Agreement[] = [];
  for (const row of rows) {
    const first = cols.entryFirsts[row]!; // -1: unknown
    const by = cols.entryBys[row]!;
    const yes = first >= from && by <= until;
    const no = by < from || first > until;
    if (!yes && !no && keep(row)) out.push(cols.list[row]!);
  }
  return out;
}

/** The rows (columnsOf(catalog, true)) of the snapshot's agreements passing the filters, in id order. */
export function filteredRows(cols: AgreementColumns, f: AgreementFilters): Int32Array {
  const keep = compileFilters(f, cols);
  const rows = new Int32Array(cols.list.length);
  let n = 0;
  for (let k = 0; k < cols.list.length; k++) if (keep(k)) rows[n++] = k;
  return rows.subarray(0, n);
}

/** matchesFilters over the columns: the agreement in row k passes. */
function compileFilters(f: AgreementFilters, cols: AgreementColumns): (k: number) => boolean {
  const bitsOf = (kinds: readonly PartiesKind[]) => kinds.reduce((bits, kind) => bits | (1 << PartiesKindSchema.options.indexOf(kind)), 0);
  const parties = (f.parties ?? []).map((p) => ({ bits: bitsOf(p.kinds), polarity: p.polarity }));
  const binding = f.binding ? f.binding.values.reduce((bits, b) => bits | (1 << BindingSchema.options.indexOf(b)), 0) : 0;
  const years = f.years && { min: f.years.min ?? -Infinity, max: f.years.max ?? Infinity };
  const added = f.addedSince && { from: dayNumber(f.addedSince.date), until: f.addedSince.until === undefined ? Infinity : dayNumber(f.addedSince.until) };
  const maintainer = f.maintainer;
  const without = f.withoutElements && elementMask(cols, f.withoutElements.ids);
  const within = f.within && new Set(f.within.ids);
  return (k) => {
    for (const p of parties) if (!matchesPartyBits(cols.kinds[k]!, p.bits, p.polarity)) return false;
    if (f.binding && (cols.bindings[k]! & binding) === 0) return false;
    if (years && (cols.years[k] === 0 || cols.years[k]! < years.min || cols.years[k]! > years.max)) return false;
    // enteredWithin(...) === 'yes' (an unknown first day, -1, is before any `from`)
    if (added && !(cols.entryFirsts[k]! >= added.from && cols.entryBys[k]! <= added.until)) return false;
    if (maintainer && maintainer.ids.has(cols.ids[k]!) === Boolean(maintainer.exclude)) return false;
    if (without && coversAny(cols, k, without)) return false;
    if (within && !within.has(cols.ids[k]!)) return false;
    return true;
  };
}

function matchesPartyBits(kinds: number, bits: number, polarity: PartyConstraint['polarity']): boolean {
  switch (polarity) {
    case 'include':
      return (kinds & bits) !== 0;
    case 'only':
      return kinds !== 0 && (kinds & ~bits) === 0;
    case 'exclude':
      return (kinds & bits) === 0;
    case 'not-only':
      return (kinds & ~bits) !== 0;
  }
}

export function matchesFilters(a: Agreement, f: AgreementFilters): boolean {
  if (f.parties && !f.parties.every((p) => matchesParties(a.partiesKinds, p))) return false;
  if (f.binding && !f.binding.values.includes(a.binding)) return false;
  if (f.years) {
    if (a.year === null) return false;
    if (f.years.min !== undefined && a.year < f.years.min) return false;
    if (f.years.max !== undefined && a.year > f.years.max) return false;
  }
  if (f.addedSince && enteredWithin(a, { from: f.addedSince.date, until: f.addedSince.until }) !== 'yes') return false;
  if (f.maintainer && f.maintainer.ids.has(a.id) === Boolean(f.maintainer.exclude)) return false;
  if (f.withoutElements && a.coverage.some((c) => f.withoutElements?.ids.includes(c.element))) return false;
  if (f.within && !f.within.ids.includes(a.id)) return false;
  return true;
}

function matchesParties(kinds: readonly PartiesKind[], p: PartyConstraint): boolean {
  switch (p.polarity) {
    case 'include':
      return kinds.some((k) => p.kinds.includes(k));
    case 'only':
      return kinds.length > 0 && kinds.every((k) => p.kinds.includes(k));
    case 'exclude':
      return !kinds.some((k) => p.kinds.includes(k));
    case 'not-only':
      return kinds.some((k) => !p.kinds.includes(k));
  }
}

/** "industry, voluntary, adopted 2018 or later": the filters in words, for the answer's first line. */
export function describeFilters(f: AgreementFilters): string {
  const maintainer = f.maintainer && (f.maintainer.exclude ? `not ${f.maintainer.label}` : f.maintainer.label);
  return [f.within?.label, ...(f.parties ?? []).map((p) => p.label), f.binding?.label, maintainer, f.years?.label, f.addedSince?.label, f.withoutElements?.label]
    .filter((s) => s !== undefined)
    .join(', ');
}
