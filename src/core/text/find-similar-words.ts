import type { SimilarToken } from './similar-tokens.js';
import { tokenSimilarity } from './token-similarity.js';

/**
 * The words of a sorted word list that `word` may stand for: itself, or a typo tokenSimilarity
 * tolerates, with that similarity, in list order. Walks the list as a trie: words sharing a prefix
 * share the edit-distance rows of that prefix, and a prefix already too far from `word` skips every
 * word that starts with it, so a lookup reads a few hundred rows, not the whole list.
 */
export function findSimilarWords(word: string, sorted: readonly string[]): SimilarToken[] {
  if (word === '') return [];
  // tokenSimilarity allows edits by the shorter word's length: at most the bound for `word` itself
  const max = /\d/.test(word) ? 0 : word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
  if (max === 0) return indexOf(sorted, word) >= 0 ? [{ token: word, sim: 1 }] : [];
  const n = word.length;
  // rows[d]: the optimal-string-alignment row of the first d letters of the current word against `word`
  const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => j)];
  const rowAt = (d: number) => (rows[d] ??= new Int32Array(n + 1));
  const out: SimilarToken[] = [];
  let prev = '';
  let valid = 0; // rows[0..valid] hold the rows of prev's prefixes
  let i = lowerBound(sorted, word[0]!);
  while (i < sorted.length && sorted[i]![0] === word[0]) {
    const token = sorted[i]!;
    let depth = commonPrefix(prev, token, valid);
    let hopeless = false;
    for (; depth < token.length && !hopeless; depth++) {
      fillRow(rowAt(depth + 1), rows[depth]!, depth > 0 ? rows[depth - 1]! : null, depth, token, word);
      hopeless = minOf(rowAt(depth + 1)) > max;
    }
    if (hopeless) {
      // every word starting with these letters is as far: jump past them
      const prefix = token.slice(0, depth);
      i = lowerBound(sorted, `${prefix}\uffff`, i);
      prev = prefix;
      valid = depth - 1;
      continue;
    }
    if (rows[depth]![n]! <= max) {
      const sim = tokenSimilarity(word, token);
      if (sim > 0) out.push({ token, sim });
    }
    prev = token;
    valid = depth;
    i++;
  }
  return out;
}

/** Row `depth + 1` of the optimal-string-alignment table (insert, delete, substitute, swap neighbours) of token against word. */
function fillRow(row: Int32Array, up: Int32Array, upUp: Int32Array | null, depth: number, token: string, word: string): void {
  const c = token.charCodeAt(depth);
  const cPrev = depth > 0 ? token.charCodeAt(depth - 1) : -1;
  row[0] = depth + 1;
  for (let j = 1; j < row.length; j++) {
    const wj = word.charCodeAt(j - 1);
    let v = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (c === wj ? 0 : 1));
    if (upUp && j > 1 && c === word.charCodeAt(j - 2) && cPrev === wj) v = Math.min(v, upUp[j - 2]! + 1);
    row[j] = v;
  }
}

function minOf(row: Int32Array): number {
  let m = row[0]!;
  for (let j = 1; j < row.length; j++) if (row[j]! < m) m = row[j]!;
  return m;
}

/** Length of the common prefix of a and b, at most `limit`. */
function commonPrefix(a: string, b: string, limit: number): number {
  const end = Math.min(a.length, b.length, limit);
  let k = 0;
  while (k < end && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

/** First index at or after `from` whose word is >= key (code-unit order, as Array.prototype.sort). */
export function lowerBound(sorted: readonly string[], key: string, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function indexOf(sorted: readonly string[], word: string): number {
  const i = lowerBound(sorted, word);
  return sorted[i] === word ? i : -1;
}
