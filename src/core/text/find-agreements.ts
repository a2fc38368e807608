import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { AgreementNameIndex } from './agreement-name-index.js';
import { getCatalogTextIndex } from './catalog-text-index.js';
import { COMMON_WORDS } from './common-words.js';
import { STOPWORDS, toContentTokens } from './content-tokens.js';
import { stemToken } from './stem-token.js';
import { DECISIVE_ONLY_MAX, isWholeOrPrefix, scoreNameVariant, type VariantMatch } from './score-name-variant.js';

export interface AgreementMatch {
  agreement: Agreement;
  /** 0..1: 1 when a name or alias appears whole */
  score: number;
}

/** An agreement match with the word positions it was read from (first and last, inclusive). */
export interface AgreementMatchSpan extends AgreementMatch {
  start: number;
  end: number;
  /** the positions of the words matched, ascending: a span may have other words between them */
  positions: readonly number[];
}

/** Below this a match is a coincidence of common words, not a mention. */
export const AGREEMENT_MATCH_THRESHOLD = 0.5;

/** The best question word for a known token: highest similarity, the first such word on ties. */
export type BestWords = ReadonlyMap<string, { sim: number; q: number }>;

/**
 * Agreements named in free text or in a contributed name: typos, partial names and aliases
 * ("Paris Call", "UN GGE 2015", "GCSC norms"). Best first; only plausible matches, so a name the
 * catalog does not hold ("Budapest Convention") matches nothing rather than something random.
 */
export function findAgreements(query: string, catalog: CatalogSnapshot): AgreementMatch[] {
  return findAgreementSpans(query, catalog).map(({ agreement, score }) => ({ agreement, score }));
}

/**
 * Every agreement whose names the query's words match with at least `minScore`, best first (ties:
 * the earlier mention, then catalog order), with the span of words read. Only the name variants
 * that could reach `minScore` are scored (collectNameCandidates), so the work follows the words of
 * the query, not the size of the catalog.
 */
export function findAgreementSpans(query: string, catalog: CatalogSnapshot, minScore = AGREEMENT_MATCH_THRESHOLD): AgreementMatchSpan[] {
  const index = getCatalogTextIndex(catalog).agreements;
  const tokens = toContentTokens(query);
  const best = new Map<string, { sim: number; q: number }>();
  tokens.forEach((tok, q) => {
    for (const { token, sim } of index.similar(tok.text)) {
      const prev = best.get(token);
      if (!prev || prev.sim < sim) best.set(token, { sim, q });
    }
  });
  if (best.size === 0) return [];
  // the query's years and its unknown proper names are read only for a match that could need them: most texts name nothing
  let years: ReadonlySet<string> | undefined;
  let strangers: number | undefined;
  const candidates = [...collectNameCandidates(index, best, minScore)]
    .map((id) => ({ id, v: index.variant(id) }))
    .sort((a, b) => a.v.agreementId - b.v.agreementId || a.v.ordinal - b.v.ordinal);
  const found = new Map<number, AgreementMatchSpan>();
  for (const { id, v } of candidates) {
    const m = matchVariant(v.tokens, best);
    // one ordinary word of a longer name ("agreement") names nothing
    if (m.ti.length === 0 || (m.ti.length === 1 && v.tokens.length > 1 && !index.isDecisive(v.tokens[m.ti[0]!]!))) continue;
    const { weights, total, top } = index.weightsOf(id);
    let score = scoreNameVariant(v.tokens, weights, total, top, m, (t) => index.isDecisive(t));
    // what follows only lowers a score
    if (score < minScore) continue;
    // "G20 Osaka Declaration" is not the G20 Antalya communique: an unknown proper name beside the
    // one telling word weakens a match that rests on that word alone
    if (score <= DECISIVE_ONLY_MAX && !isWholeOrPrefix(v.tokens, m) && (strangers ??= countUnknownProperNames(query, index)) > 0) score *= 0.7;
    // "the 2021 GGE report" is not the "2015 GGE report": a different year in the question counts against
    if (v.tokens.some((t, ti) => isYear(t) && !m.ti.includes(ti)) && [...(years ??= new Set(tokens.map((t) => t.text).filter(isYear)))].some((y) => !v.tokens.includes(y))) score *= 0.6;
    if (score < minScore) continue;
    const prev = found.get(v.agreementId);
    if (prev && prev.score >= score) continue;
    const agreement = catalog.agreementById.get(v.agreementId);
    const positions = m.q.map((q) => tokens[q]?.pos ?? 0);
    if (agreement) found.set(v.agreementId, { agreement, score: Math.round(score * 1000) / 1000, start: Math.min(...positions), end: Math.max(...positions), positions: [...new Set(positions)].sort((a, b) => a - b) });
  }
  return [...found.values()].sort((a, b) => b.score - a.score || a.start - b.start);
}

/** The variant's tokens the query's words match, by position, with the best word for each. */
export function matchVariant(tokens: readonly string[], best: BestWords): VariantMatch {
  const ti: number[] = [];
  const sim: number[] = [];
  const q: number[] = [];
  tokens.forEach((t, i) => {
    const hit = best.get(t);
    if (hit) {
      ti.push(i);
      sim.push(hit.sim);
      q.push(hit.q);
    }
  });
  return { ti, sim, q };
}

/**
 * The variants that could score `minScore`, starting from the query's rarest words. A variant
 * scores through one of: a word only its agreement uses (decisive), its first two words in a row
 * (looked up by that pair), or the weighted share of its words present (a one-word variant's share
 * is 1): index.forEachSharing finds those whose matched words could make minScore of their weight.
 */
function collectNameCandidates(index: AgreementNameIndex, best: BestWords, minScore: number): Set<number> {
  const out = new Set<number>();
  const add = (id: number) => out.add(id);
  const byQ = new Map<number, string[]>();
  for (const [token, { q }] of best) {
    const list = byQ.get(q);
    if (list) list.push(token);
    else byQ.set(q, [token]);
  }
  for (const [q, firsts] of byQ) index.forEachFirstPair(firsts, byQ.get(q + 1) ?? [], add);
  const tokens = [...best.keys()];
  const decisive = tokens.filter((t) => index.isDecisive(t));
  index.forEachSharing(decisive, 0, add);
  // outside the routes above, a variant needs two matched words and a large enough share
  const couldShare = index.shareTest(new Map(tokens.map((t) => [t, index.weight(t)])), minScore);
  const others = decisive.length === 0 ? tokens : tokens.filter((t) => !decisive.includes(t));
  index.forEachSharing(
    others,
    minScore,
    (id) => {
      if (!out.has(id) && couldShare(id)) out.add(id);
    },
    tokens,
  );
  return out;
}

/** Capitalised words after the first that no agreement name, element or common word uses. */
function countUnknownProperNames(query: string, index: AgreementNameIndex): number {
  let n = 0;
  for (const m of query.slice(0, 2_000).matchAll(/(?<=\S\s+)([A-Z][a-z]{3,})\b/g)) {
    // an ASCII word is its own normal form lower-cased: its content token, without a trip through the tokens' memo
    const lower = m[1]!.toLowerCase();
    const word = STOPWORDS.has(lower) ? '' : stemToken(lower);
    if (word !== '' && !index.has(word) && !COMMON_WORDS.has(word)) n++;
  }
  return n;
}

/** "2015", "1999": a token that is a year. */
export function isYear(token: string): boolean {
  return /^(?:19|20)\d\d$/.test(token);
}
