import { tokenSimilarity } from './token-similarity.js';

export interface SimilarToken {
  readonly token: string;
  readonly sim: number;
}

// word -> known tokens it may stand for, kept per bucket map across calls: questions and mail repeat
// the same few hundred words, and each lookup costs an edit distance per known token of its letter
const memos = new WeakMap<ReadonlyMap<string, readonly string[]>, Map<string, readonly SimilarToken[]>>();
const MEMO_SIZE = 20_000;

/**
 * The known tokens a word may stand for, itself or a tolerated typo (tokenSimilarity), looked up in
 * a map of known tokens by first letter. Numbers are never typos of each other: exact only.
 */
export function similarTokens(word: string, byLetter: ReadonlyMap<string, readonly string[]>): readonly SimilarToken[] {
  let memo = memos.get(byLetter);
  if (!memo) memos.set(byLetter, (memo = new Map()));
  const known = memo.get(word);
  if (known) return known;
  const bucket = byLetter.get(word[0] ?? '') ?? [];
  const found = /\d/.test(word)
    ? bucket.includes(word)
      ? [{ token: word, sim: 1 }]
      : []
    : bucket.map((token) => ({ token, sim: tokenSimilarity(word, token) })).filter((f) => f.sim > 0);
  if (memo.size >= MEMO_SIZE) memo.clear(); // bounded: untrusted text may bring endless new words
  memo.set(word, found);
  return found;
}
