import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { getCatalogTextIndex } from './catalog-text-index.js';
import { toContentTokens } from './content-tokens.js';

/** Capitalised words that start questions or are ordinary, never names. */
const ORDINARY = new Set(
  'i is are was were do does did what which who whom whose when where why how tell show list give compare can could would should please rank any all the a an and or of for on in to about me my our your un bpf igf catalog normbot thanks thank'.split(' '),
);

/**
 * Capitalised names in a question that the catalog does not know ("Magna Carta for Robots",
 * "Budapest Convention"): a run of capitalised words, not at the very start, with at least one
 * word found in no agreement name, element or GGE norm. Lets the bot say "not in the catalog"
 * instead of answering a nearby question.
 */
export function findUnknownNames(question: string, catalog: CatalogSnapshot): string[] {
  const index = getCatalogTextIndex(catalog);
  const known = (word: string) =>
    index.agreements.has(word) ||
    index.elements.phrases.some((p) => p.tokens.includes(word)) ||
    index.ggeNorms.phrases.some((p) => p.tokens.includes(word));
  // a capitalised word may carry numbers, as laws and standards are cited ("ISO 27001"); a number alone is no unknown word
  const runs = question.slice(0, 2_000).matchAll(/(?<=\S\s+)[A-Z][\w'’-]*(?:\s+\d+)*(?:\s+(?:(?:of|for|on|the|de|and|to)\s+){0,2}[A-Z][\w'’-]*(?:\s+\d+)*)*/g);
  const out: string[] = [];
  for (const m of runs) {
    const words = toContentTokens(m[0]).map((t) => t.text).filter((w) => !ORDINARY.has(w) && !/^\d+$/.test(w));
    if (words.length > 0 && words.some((w) => !known(w))) out.push(m[0].trim());
  }
  return out;
}
