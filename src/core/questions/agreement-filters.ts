import type { Agreement, Binding, PartiesKind } from '../catalog/agreement.js';
import { enteredWithin } from '../catalog/dataset-entry.js';

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
  maintainer?: { words: string[]; label: string; exclude?: boolean; ids: ReadonlySet<number> };
  /** elements the agreements must not cover ("human rights but not personal data") */
  withoutElements?: { ids: string[]; label: string };
  /** a follow-up's "those": only agreements of the previous answer */
  within?: { ids: number[]; label: string };
}

export function hasFilters(f: AgreementFilters): boolean {
  return Boolean((f.parties && f.parties.length > 0) || f.binding || f.years || f.addedSince || f.maintainer || f.withoutElements || f.within);
}

/** The agreements passing the filters; the same list when there are none (do not mutate it). */
export function applyFilters(agreements: readonly Agreement[], f: AgreementFilters): readonly Agreement[] {
  return hasFilters(f) ? agreements.filter((a) => matchesFilters(a, f)) : agreements;
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
