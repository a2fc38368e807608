import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { getCatalogTextIndex } from './catalog-text-index.js';
import { dropContainedMatches, matchPhrases } from './phrase-index.js';

export interface ElementMatch {
  element: NormElement;
  /** 0..1: 1 for a name or phrase matched exactly, less for single words and typos */
  score: number;
  /** the name or synonym that matched, as written in the taxonomy */
  matched: string;
  /** word positions (inclusive) of the best match in the normalised text */
  start?: number;
  end?: number;
}

/**
 * Which norm elements a text mentions, through their names and synonyms, typos tolerated in
 * longer words. Best first; ties in the order the text mentions them. Element ids ("2.5") are not
 * read here: see findElementIds.
 */
/** Below this a match is a far-fetched typo (two edits in a single word). */
export const ELEMENT_MATCH_THRESHOLD = 0.65;

export function findElements(text: string, catalog: CatalogSnapshot): ElementMatch[] {
  // callers read elements and then GGE norms (which read elements again) from the same text
  // (texts past the matching cap are not kept: the memo must not hold on to huge strings)
  if (text.length > 20_000) return matchElements(text, catalog);
  let memo = elementsMemo.get(catalog);
  if (!memo) elementsMemo.set(catalog, (memo = new Map()));
  let found = memo.get(text);
  if (!found) {
    found = matchElements(text, catalog);
    if (memo.size >= ELEMENTS_MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
    memo.set(text, found);
  }
  return found.map((m) => ({ ...m })); // copies: the memo must not see a caller's changes
}

const elementsMemo = new WeakMap<CatalogSnapshot, Map<string, readonly ElementMatch[]>>();
const ELEMENTS_MEMO_SIZE = 32;

function matchElements(text: string, catalog: CatalogSnapshot): ElementMatch[] {
  const matches = dropContainedMatches(matchPhrases(text, getCatalogTextIndex(catalog).elements));
  const best = new Map<string, { score: number; matched: string; start: number; end: number; first: number }>();
  for (const m of matches) {
    if (m.score < ELEMENT_MATCH_THRESHOLD) continue;
    const prev = best.get(m.phrase.key);
    const first = Math.min(m.start, prev?.first ?? m.start);
    if (!prev || m.score > prev.score) best.set(m.phrase.key, { score: m.score, matched: m.phrase.text, start: m.start, end: m.end, first });
    else prev.first = first;
  }
  return [...best.entries()]
    .flatMap(([id, b]) => {
      const element = catalog.elementById.get(id);
      return element ? [{ element, score: round(b.score), matched: b.matched, start: b.start, end: b.end, first: b.first }] : [];
    })
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map(({ element, score, matched, start, end }) => ({ element, score, matched, start, end }));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
