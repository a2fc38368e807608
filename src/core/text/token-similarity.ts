import { boundedEditDistance } from './edit-distance.js';

/**
 * How well a word of the input matches a known word, 0..1. Exact is 1; a typo costs 0.15 per edit.
 * Typos are tolerated only in longer words and never in the first letter, because short words
 * and acronyms ("cip", "dns", "sco") collide with ordinary words at one edit.
 * `relaxed` allows one edit from 3 letters up, for words inside a phrase whose other words matched.
 */
export function tokenSimilarity(input: string, known: string, relaxed = false): number {
  if (input === known) return 1;
  if (input[0] !== known[0] || /\d/.test(input) || /\d/.test(known)) return 0;
  const len = Math.min(input.length, known.length);
  const max = len >= 9 ? 2 : len >= 5 || (relaxed && len >= 3) ? 1 : 0;
  if (max === 0) return 0;
  const d = boundedEditDistance(input, known, max);
  return d <= max ? 1 - 0.15 * d : 0;
}
