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
  // French and Spanish ones, since the catalog holds names in those languages ("Appel de Paris pour la
  // confiance..."): otherwise "des", "sur", "la" are words only that name uses, and name it.
  // Not "un" or "au": the UN and the AU.
  'de', 'des', 'du', 'la', 'le', 'les', 'l', 'd', 'sur', 'pour', 'dans', 'et', 'el', 'los', 'las', 'del', 'y', 'para', 'por', 'en', 'con', 'sobre',
]);

/**
 * Normalised, plural-folded words without stopwords, each keeping its position so callers can
 * tell contiguous phrases from scattered words. Input is capped: matching never needs more than
 * the first `maxChars` characters, and untrusted text must not make matching slow.
 * The result is shared between callers (see the memo below): read it, never change it.
 */
export function toContentTokens(input: string, maxChars = 20_000): readonly ContentToken[] {
  // one parse runs the same text through elements, GGE norms and agreements: tokenise it once
  const memoable = maxChars === 20_000 && input.length <= maxChars;
  const cached = memoable ? memo.get(input) : undefined;
  if (cached) return cached;
  const words = normalizeText(input.length > maxChars ? input.slice(0, maxChars) : input).split(' ');
  const out: ContentToken[] = [];
  for (let pos = 0; pos < words.length; pos++) {
    const w = words[pos]!;
    if (w !== '' && !STOPWORDS.has(w)) out.push({ text: stemToken(w), pos });
  }
  if (memoable) remember(input, out);
  return out;
}

const MEMO_SIZE = 64;
const memo = new Map<string, readonly ContentToken[]>();

function remember(input: string, tokens: readonly ContentToken[]): void {
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
  memo.set(input, tokens);
}
