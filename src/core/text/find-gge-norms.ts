import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { GgeNorm } from '../taxonomy/norm-element.js';
import { getCatalogTextIndex } from './catalog-text-index.js';
import { findElements } from './find-elements.js';
import { dropContainedMatches, matchPhrases } from './phrase-index.js';

export interface GgeNormMatch {
  norm: GgeNorm;
  score: number;
  /** "13(f)" when cited by letter, else the synonym or element that led here */
  matched: string;
}

/**
 * UN GGE 2015 norms a text refers to: by paragraph ("13(f)", "13 f", "norm f"), by their own
 * words ("supply chain integrity"), or through the elements they map to ("CERTs" -> 13(k)).
 */
export function findGgeNorms(text: string, catalog: CatalogSnapshot): GgeNormMatch[] {
  const byId = new Map(catalog.ggeNorms.map((n) => [n.id, n]));
  const best = new Map<string, GgeNormMatch>();
  const offer = (norm: GgeNorm | undefined, score: number, matched: string) => {
    if (norm && (best.get(norm.id)?.score ?? 0) < score) best.set(norm.id, { norm, score, matched });
  };
  for (const letter of citedLetters(text)) offer(byId.get(`13${letter}`), 1, `13(${letter})`);
  for (const m of dropContainedMatches(matchPhrases(text, getCatalogTextIndex(catalog).ggeNorms))) {
    offer(byId.get(m.phrase.key), m.score, m.phrase.text);
  }
  for (const e of findElements(text, catalog)) {
    for (const norm of catalog.ggeNorms) if (norm.elements.includes(e.element.id)) offer(norm, e.score * 0.9, e.matched);
  }
  // ids are "13a".."13k" (GgeNormSchema): code-point order is their order, without an Intl.Collator (14 ms to build)
  return [...best.values()].sort((a, b) => b.score - a.score || (a.norm.id < b.norm.id ? -1 : a.norm.id > b.norm.id ? 1 : 0));
}

/** Letters cited as "13(f)", "13 f", "13f", "13.f", "para 13 (f) and (k)", "norm f", "norm (f)". */
export function citedLetters(text: string): string[] {
  const lower = text.slice(0, 20_000).toLowerCase();
  const letters = [
    // a paragraph's further letters in brackets: "13 (h), (j) and (k)"
    ...[...lower.matchAll(/\b13\s*[.(]?\s*([a-k])\s*\)?(?![a-z])((?:\s*(?:,|and|&|or|et|y)\s*\(\s*[a-k]\s*\))*)/g)].flatMap((m) => [m[1] ?? '', ...[...(m[2] ?? '').matchAll(/\(\s*([a-k])\s*\)/g)].map((x) => x[1] ?? '')]),
    // "norm a" is read as a letter only when nothing follows, as in "what is norm a?"
    ...[...lower.matchAll(/\bnorms?\s*\(?([a-k])\)?(?![a-z])(\s*[?.!]?\s*$)?/g)].filter((m) => m[1] !== 'a' || m[2] !== undefined).map((m) => m[1] ?? ''),
  ];
  return [...new Set(letters.filter((l) => l !== ''))];
}
