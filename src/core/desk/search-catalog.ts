import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { findAgreements } from '../text/find-agreements.js';
import { findElements } from '../text/find-elements.js';
import { normalizeText } from '../text/normalize-text.js';

/**
 * How well what was typed names an item: a name or alias starting with it, or a word of it
 * starting with it ("paris" -> "The Paris Call"), beats a match inside a word, which beats a fuzzy
 * match from the shared matcher (typos, partial names). 0: no match.
 */
function nameScore(keys: readonly string[], query: string, fuzzy: boolean): number {
  if (query === '') return 1;
  const norm = keys.map(normalizeText);
  if (norm.some((k) => k.startsWith(query) || k.includes(` ${query}`))) return 3;
  if (norm.some((k) => k.includes(query))) return 2;
  return fuzzy ? 1 : 0;
}

function rank<T>(items: readonly T[], keys: (item: T) => string[], typed: string, fuzzy: ReadonlySet<T>, limit: number): T[] {
  const query = normalizeText(typed);
  return items
    .map((item, order) => ({ item, order, score: nameScore(keys(item), query, fuzzy.has(item)) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.item);
}

/** Agreements of the whole catalog ranked by how well their name matches `typed`; all of them (catalog order) when empty. */
export function searchAgreements(typed: string, catalog: CatalogSnapshot, limit: number): Agreement[] {
  const fuzzy = new Set(typed.trim() === '' ? [] : findAgreements(typed, catalog).map((m) => m.agreement));
  return rank(catalog.agreements, (a) => [a.name, ...a.aliases, String(a.id)], typed, fuzzy, limit);
}

/** Norm elements ranked by id, name, seed label or synonym. */
export function searchElements(typed: string, catalog: CatalogSnapshot, limit: number): NormElement[] {
  const fuzzy = new Set(typed.trim() === '' ? [] : findElements(typed, catalog).map((m) => m.element));
  return rank(catalog.elements, (e) => [e.id, e.name, e.seedLabel, ...e.synonyms], typed, fuzzy, limit);
}
