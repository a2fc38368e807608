import { toContentTokens } from './content-tokens.js';
import { tokenSimilarity } from './token-similarity.js';
import { similarTokens } from './similar-tokens.js';

/** One phrase to look for (a synonym, a name), owned by `key` (an element id, a GGE norm id). */
export interface Phrase {
  readonly key: string;
  readonly text: string;
  readonly tokens: readonly string[];
  /** names count a little more than synonyms */
  readonly boost: number;
}

export interface PhraseIndex {
  readonly phrases: readonly Phrase[];
  /** first token -> phrases starting with it */
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
  /** first tokens bucketed by their first letter, for typo lookup */
  readonly firstsByLetter: ReadonlyMap<string, readonly string[]>;
}

export interface PhraseMatch {
  readonly phrase: Phrase;
  readonly score: number;
  /** word positions in the input, inclusive */
  readonly start: number;
  readonly end: number;
}

export function buildPhraseIndex(entries: ReadonlyArray<{ key: string; text: string; boost?: number }>): PhraseIndex {
  const phrases: Phrase[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const tokens = toContentTokens(e.text).map((t) => t.text);
    const id = `${e.key}\u0000${tokens.join(' ')}`;
    if (tokens.length === 0 || seen.has(id)) continue;
    seen.add(id);
    phrases.push({ key: e.key, text: e.text, tokens, boost: e.boost ?? 0 });
  }
  return indexPhrases(phrases);
}

/** The lookup maps of phrases already tokenised (built by buildPhraseIndex, or kept from an earlier run). */
export function indexPhrases(phrases: readonly Phrase[]): PhraseIndex {
  const byFirst = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const first = p.tokens[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), p]); // a few hundred phrases: copying is fine
  }
  const firstsByLetter = new Map<string, string[]>();
  for (const first of byFirst.keys()) {
    const letter = first[0] ?? '';
    firstsByLetter.set(letter, [...(firstsByLetter.get(letter) ?? []), first]);
  }
  return { phrases, byFirst, firstsByLetter };
}

/**
 * Every phrase found in the text, typos tolerated. A phrase's words must follow each other, one
 * stray word in between is allowed at a cost. A one-word phrase scores 0.85 at best: single words
 * ("trust", "internet") are weaker evidence than a phrase ("public core of the internet").
 */
export function matchPhrases(text: string, index: PhraseIndex): PhraseMatch[] {
  const tokens = toContentTokens(text);
  const out: PhraseMatch[] = [];
  tokens.forEach((tok, i) => {
    for (const { token: first, sim } of similarTokens(tok.text, index.firstsByLetter)) {
      for (const phrase of index.byFirst.get(first) ?? []) {
        const m = continuePhrase(tokens, i, phrase, sim);
        if (m) out.push(m);
      }
    }
  });
  return out;
}

function continuePhrase(tokens: ReadonlyArray<{ text: string; pos: number }>, i: number, phrase: Phrase, firstSim: number): PhraseMatch | undefined {
  const sims = [firstSim];
  let at = i;
  let gaps = 0;
  for (let k = 1; k < phrase.tokens.length; k++) {
    const want = phrase.tokens[k] ?? '';
    let next = -1;
    let sim = 0;
    for (let j = at + 1; j <= at + 2 && j < tokens.length; j++) {
      sim = tokenSimilarity(tokens[j]?.text ?? '', want, true);
      if (sim > 0) {
        next = j;
        break;
      }
    }
    if (next === -1) return undefined;
    gaps += next - at - 1;
    if (gaps > 1) return undefined;
    sims.push(sim);
    at = next;
  }
  // a short word with a typo ("dta") counts only next to a word that matched exactly
  if (!sims.includes(1) && sims.some((s, k) => s < 1 && (phrase.tokens[k]?.length ?? 0) < 5)) return undefined;
  const mean = sims.reduce((a, b) => a + b, 0) / sims.length;
  const single = phrase.tokens.length === 1 ? 0.85 : 1;
  const score = Math.min(1, mean * single * (gaps > 0 ? 0.9 : 1) + phrase.boost);
  return { phrase, score, start: tokens[i]?.pos ?? 0, end: tokens[at]?.pos ?? 0 };
}

/**
 * Drops matches inside a longer match of another key ("critical infrastructure" inside "attacks on
 * critical infrastructure"), and a match that skipped a word another key's phrase over the same words
 * reads ("mutual assistance" over "mutual legal assistance", which is that phrase): the fuller
 * reading explains the words, the gapped one leaves one out.
 */
export function dropContainedMatches(matches: readonly PhraseMatch[]): PhraseMatch[] {
  const fuller = (o: PhraseMatch, m: PhraseMatch) => o.end - o.start > m.end - m.start || (o.end - o.start === m.end - m.start && o.phrase.tokens.length > m.phrase.tokens.length);
  return matches.filter(
    (m) => !matches.some((o) => o.phrase.key !== m.phrase.key && o.start <= m.start && o.end >= m.end && fuller(o, m) && o.score >= m.score * 0.9),
  );
}
