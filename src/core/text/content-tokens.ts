import { normalizeText } from './normalize-text.js';
import { stemToken } from './stem-token.js';

/** A word of the input after normalising and plural folding; `pos` is its index among all words. */
export interface ContentToken {
  readonly text: string;
  readonly pos: number;
}

/** Words that carry no meaning for matching names or norm elements. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'on', 'for', 'and', 'in', 'to', 'by', 'with', 'from', 'at', 'or', 's', 't', 'its', 'their',
]);

/**
 * Normalised, plural-folded words without stopwords, each keeping its position so callers can
 * tell contiguous phrases from scattered words. Input is capped: matching never needs more than
 * the first `maxChars` characters, and untrusted text must not make matching slow.
 */
export function toContentTokens(input: string, maxChars = 20_000): ContentToken[] {
  const words = normalizeText(input.slice(0, maxChars)).split(' ');
  const out: ContentToken[] = [];
  words.forEach((w, pos) => {
    if (w !== '' && !STOPWORDS.has(w)) out.push({ text: stemToken(w), pos });
  });
  return out;
}
