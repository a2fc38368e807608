import type { Agreement, Binding, PartiesKind } from '../catalog/agreement.js';
import { enteredWithin } from '../catalog/dataset-entry.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { normalizeText } from '../text/normalize-text.js';
import { tokenSimilarity } from '../text/token-similarity.js';

/** Restrictions read from a question; each carries the words used to describe it back. */
export interface AgreementFilters {
  kinds?: { kinds: PartiesKind[]; label: string };
  binding?: { values: Binding[]; label: string };
  /** inclusive bounds on the year of adoption */
  years?: { min?: number; max?: number; label: string };
  /** inclusive ISO days the agreement certainly entered the BPF's dataset between (see enteredWithin) */
  addedSince?: { date: string; until?: string; label: string };
  maintainer?: { words: string[]; label: string };
}

export function hasFilters(f: AgreementFilters): boolean {
  return Boolean(f.kinds || f.binding || f.years || f.addedSince || f.maintainer);
}

/** The agreements passing the filters; the same list when there are none (do not mutate it). */
export function applyFilters(agreements: readonly Agreement[], f: AgreementFilters): readonly Agreement[] {
  return hasFilters(f) ? agreements.filter((a) => matchesFilters(a, f)) : agreements;
}

export function matchesFilters(a: Agreement, f: AgreementFilters): boolean {
  if (f.kinds && !a.partiesKinds.some((k) => f.kinds?.kinds.includes(k))) return false;
  if (f.binding && !f.binding.values.includes(a.binding)) return false;
  if (f.years) {
    if (a.year === null) return false;
    if (f.years.min !== undefined && a.year < f.years.min) return false;
    if (f.years.max !== undefined && a.year > f.years.max) return false;
  }
  if (f.addedSince && enteredWithin(a, { from: f.addedSince.date, until: f.addedSince.until }) !== 'yes') return false;
  if (f.maintainer && !maintainedBy(a, f.maintainer.words)) return false;
  return true;
}

/** Acronyms people use for maintainers that the maintainer field spells out. */
const MAINTAINER_EXPANSIONS: Readonly<Record<string, string>> = {
  un: 'united nations',
  uno: 'united nations',
  eu: 'european',
  us: 'us government',
  usa: 'us government',
  au: 'african union',
  itu: 'itu',
  isoc: 'internet society',
  france: 'france',
  russia: 'russia',
};

/** Normalised maintainer fields, kept per agreement object: agreements are immutable within a snapshot. */
const maintainerCache = new WeakMap<Agreement, { field: string; fieldWords: string[] }>();

export function maintainedBy(a: Agreement, words: readonly string[]): boolean {
  let cached = maintainerCache.get(a);
  if (!cached) {
    const normal = normalizeText(a.maintainer);
    cached = { field: ` ${normal} `, fieldWords: normal.split(' ') };
    maintainerCache.set(a, cached);
  }
  const { field, fieldWords } = cached;
  return words.every(
    (w) => fieldWords.some((f) => tokenSimilarity(w, f) > 0) || field.includes(` ${MAINTAINER_EXPANSIONS[w] ?? '\u0000'} `),
  );
}

/** "industry, voluntary, adopted 2018 or later": the filters in words, for the answer's first line. */
export function describeFilters(f: AgreementFilters): string {
  return [f.kinds?.label, f.binding?.label, f.maintainer?.label, f.years?.label, f.addedSince?.label].filter((s) => s !== undefined).join(', ');
}

const maintainerWordsCache = new WeakMap<CatalogSnapshot, ReadonlySet<string>>();

/** Whether some agreement's maintainer is written with this word (exactly, or an acronym spelled out). */
export function isMaintainerWord(catalog: CatalogSnapshot, word: string): boolean {
  let words = maintainerWordsCache.get(catalog);
  if (!words) {
    words = new Set(catalog.agreements.flatMap((a) => normalizeText(a.maintainer).split(' ')));
    maintainerWordsCache.set(catalog, words);
  }
  return words.has(word) || (MAINTAINER_EXPANSIONS[word] !== undefined && catalog.agreements.some((a) => maintainedBy(a, [word])));
}
