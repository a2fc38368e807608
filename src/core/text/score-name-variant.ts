import { COMMON_WORDS } from './common-words.js';

/** The question's words that match a name variant's tokens, by token position, ascending. */
export interface VariantMatch {
  /** token positions in the variant, ascending */
  readonly ti: readonly number[];
  /** similarity of the best question word for each (0..1) */
  readonly sim: readonly number[];
  /** index of that word among the question's content tokens */
  readonly q: readonly number[];
}

/**
 * A share that misses the name's most telling (heaviest) word is cut to this fraction of itself, so
 * it stays below this: a search for this score or more need only look at names whose heaviest word
 * the text has (AgreementNameIndex.forEachSharing).
 */
export const TOP_MISSING_FACTOR = 0.6;

/** A match resting on one telling word alone scores at most this. */
export const DECISIVE_ONLY_MAX = 0.9;

/**
 * The larger of: the weighted share of the name's words present (1 when the whole name appears in
 * order), a fixed score for a word that only this agreement's names use, and a fixed score for the
 * first words of a name, one of them not ordinary ("African Union Convention", "G7 declaration").
 * The share is cut when the name's most telling word is missing, so "Convention" alone does not
 * name the Malabo Convention. Weights are inverse document frequencies (agreement-name-index.ts).
 */
export function scoreNameVariant(tokens: readonly string[], weights: readonly number[], total: number, top: number, m: VariantMatch, isDecisive: (token: string) => boolean): number {
  let covered = 0;
  let topMatched = false;
  let decisiveCount = 0;
  let decisiveSim = 1;
  for (let k = 0; k < m.ti.length; k++) {
    const ti = m.ti[k]!;
    const sim = m.sim[k]!;
    const w = weights[ti] ?? 0;
    covered += w * sim;
    if (w >= top) topMatched = true;
    if (sim >= 0.85 && isDecisive(tokens[ti] ?? '')) {
      decisiveCount++;
      decisiveSim = Math.min(decisiveSim, sim);
    }
  }
  let whole = m.ti.length === tokens.length;
  for (let k = 1; whole && k < m.q.length; k++) whole = m.q[k] === m.q[k - 1]! + 1;
  let share = total > 0 ? covered / total : 0;
  share = whole ? share : Math.min(share, 0.95);
  if (!topMatched) share *= TOP_MISSING_FACTOR;
  if (m.ti.length < 2 && tokens.length > 1 && decisiveCount === 0) share = 0;
  const decisiveScore = decisiveCount > 0 ? Math.min(DECISIVE_ONLY_MAX, 0.7 + 0.1 * (decisiveCount - 1)) * decisiveSim : 0;
  const prefixScore = isWholeOrPrefix(tokens, m) && tokens.slice(0, 2).some((t) => !COMMON_WORDS.has(t)) ? 0.75 : 0;
  return Math.max(share, decisiveScore, prefixScore);
}

/** The variant's first two or more words appear in a row (or the whole one-word variant does). */
export function isWholeOrPrefix(tokens: readonly string[], m: VariantMatch): boolean {
  let k = 0;
  while (m.ti[k] === k && (k === 0 || m.q[k] === m.q[k - 1]! + 1)) k++;
  return k >= Math.min(2, tokens.length) && k > 0;
}
