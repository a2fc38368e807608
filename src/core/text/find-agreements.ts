import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { AgreementNameIndex } from './agreement-name-index.js';
import { getCatalogTextIndex } from './catalog-text-index.js';
import { COMMON_WORDS } from './common-words.js';
import { toContentTokens, type ContentToken } from './content-tokens.js';
import { similarTokens } from './similar-tokens.js';

export interface AgreementMatch {
  agreement: Agreement;
  /** 0..1: 1 when a name or alias appears whole */
  score: number;
}

/** An agreement match with the word positions it was read from (first and last, inclusive). */
export interface AgreementMatchSpan extends AgreementMatch {
  start: number;
  end: number;
}

/** Below this a match is a coincidence of common words, not a mention. */
export const AGREEMENT_MATCH_THRESHOLD = 0.5;

/**
 * Agreements named in free text or in a contributed name: typos, partial names and aliases
 * ("Paris Call", "UN GGE 2015", "GCSC norms"). Best first; only plausible matches, so a name the
 * catalog does not hold ("Budapest Convention") matches nothing rather than something random.
 */
export function findAgreements(query: string, catalog: CatalogSnapshot): AgreementMatch[] {
  return findAgreementSpans(query, catalog).map(({ agreement, score }) => ({ agreement, score }));
}

export function findAgreementSpans(query: string, catalog: CatalogSnapshot, minScore = AGREEMENT_MATCH_THRESHOLD): AgreementMatchSpan[] {
  const index = getCatalogTextIndex(catalog).agreements;
  const tokens = toContentTokens(query);
  const years = new Set(tokens.map((t) => t.text).filter(isYear));
  const strangers = countUnknownProperNames(query, index);
  const hits = collectHits(tokens, index);
  const best = new Map<number, AgreementMatchSpan>();
  for (const [vi, matched] of hits) {
    const variant = index.variants[vi];
    if (!variant) continue;
    // most hits are one ordinary word of a longer name ("agreement"): they cannot score, skip them cheaply
    if (matched.size === 1 && variant.tokens.length > 1) {
      const [only] = matched.keys();
      if (!index.decisive.has(variant.tokens[only ?? 0] ?? '')) continue;
    }
    let score = scoreVariant(variant.tokens, variant.weights, variant.totalWeight, variant.topWeight, matched, index.decisive);
    // "G20 Osaka Declaration" is not the G20 Antalya communique: an unknown proper name beside the
    // one telling word weakens a match that rests on that word alone
    if (strangers > 0 && score <= DECISIVE_ONLY_MAX && !isWholeOrPrefix(variant.tokens, matched)) score *= 0.7;
    // "the 2021 GGE report" is not the "2015 GGE report": a different year in the question counts against
    if (variant.tokens.some((t, ti) => isYear(t) && !matched.has(ti)) && [...years].some((y) => !variant.tokens.includes(y))) score *= 0.6;
    if (score < minScore) continue;
    const prev = best.get(variant.agreementIndex);
    if (prev && prev.score >= score) continue;
    const positions = [...matched.values()].map((m) => tokens[m.q]?.pos ?? 0);
    const agreement = index.agreements[variant.agreementIndex];
    if (agreement) best.set(variant.agreementIndex, { agreement, score: Math.round(score * 1000) / 1000, start: Math.min(...positions), end: Math.max(...positions) });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.start - b.start);
}

type Hit = { sim: number; q: number };

/** variant index -> (token position in the variant -> best input word for it) */
function collectHits(tokens: readonly ContentToken[], index: AgreementNameIndex): Map<number, Map<number, Hit>> {
  const hits = new Map<number, Map<number, Hit>>();
  tokens.forEach((tok, q) => {
    for (const { token, sim } of similarTokens(tok.text, index.tokensByLetter)) {
      for (const [vi, ti] of index.postings.get(token) ?? []) {
        let m = hits.get(vi);
        if (!m) hits.set(vi, (m = new Map()));
        const prev = m.get(ti);
        if (!prev || prev.sim < sim) m.set(ti, { sim, q });
      }
    }
  });
  return hits;
}

/**
 * The larger of: the weighted share of the name's words present (1 when the whole name appears in
 * order), and a fixed score for a word that only this agreement's names use. The share is cut when
 * the name's most telling word is missing, so "Convention" alone does not name the Malabo Convention.
 */
function scoreVariant(
  tokens: readonly string[],
  weights: readonly number[],
  total: number,
  top: number,
  matched: ReadonlyMap<number, Hit>,
  decisive: ReadonlySet<string>,
): number {
  let covered = 0;
  let topMatched = false;
  let decisiveCount = 0;
  let decisiveSim = 1;
  for (const [ti, hit] of matched) {
    const w = weights[ti] ?? 0;
    covered += w * hit.sim;
    if (w >= top) topMatched = true;
    if (decisive.has(tokens[ti] ?? '') && hit.sim >= 0.85) {
      decisiveCount++;
      decisiveSim = Math.min(decisiveSim, hit.sim);
    }
  }
  const qs = [...matched.entries()].sort((a, b) => a[0] - b[0]).map(([, h]) => h.q);
  const whole = matched.size === tokens.length && qs.every((q, i) => i === 0 || q === (qs[i - 1] ?? -2) + 1);
  let share = total > 0 ? covered / total : 0;
  share = whole ? share : Math.min(share, 0.95);
  if (!topMatched) share *= 0.6;
  if (matched.size < 2 && tokens.length > 1 && decisiveCount === 0) share = 0;
  const decisiveScore = decisiveCount > 0 ? Math.min(DECISIVE_ONLY_MAX, 0.7 + 0.1 * (decisiveCount - 1)) * decisiveSim : 0;
  // the first words of a name, one of them not ordinary ("African Union Convention", "G7 declaration")
  const prefixScore = isWholeOrPrefix(tokens, matched) && tokens.slice(0, 2).some((t) => !COMMON_WORDS.has(t)) ? 0.75 : 0;
  return Math.max(share, decisiveScore, prefixScore);
}

const DECISIVE_ONLY_MAX = 0.9;

/** The variant's first two or more words appear in a row (or the whole variant does). */
function isWholeOrPrefix(tokens: readonly string[], matched: ReadonlyMap<number, Hit>): boolean {
  let k = 0;
  while (matched.has(k) && (k === 0 || matched.get(k)?.q === (matched.get(k - 1)?.q ?? -2) + 1)) k++;
  return k >= Math.min(2, tokens.length) && k > 0;
}

/** Capitalised words after the first that no agreement name, element or common word uses. */
function countUnknownProperNames(query: string, index: AgreementNameIndex): number {
  let n = 0;
  for (const m of query.slice(0, 2_000).matchAll(/(?<=\S\s+)([A-Z][a-z]{3,})\b/g)) {
    const word = toContentTokens(m[1] ?? '')[0]?.text ?? '';
    if (word !== '' && !index.postings.has(word) && !COMMON_WORDS.has(word)) n++;
  }
  return n;
}

function isYear(token: string): boolean {
  return /^(?:19|20)\d\d$/.test(token);
}
