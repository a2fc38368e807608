import type { CatalogSnapshot } from '../../src/core/catalog/catalog-snapshot.js';
import { elementPhrases, elementWordsOf } from '../../src/core/text/catalog-text-index.js';
import { COMMON_WORDS } from '../../src/core/text/common-words.js';
import { toContentTokens } from '../../src/core/text/content-tokens.js';
import type { AgreementMatchSpan } from '../../src/core/text/find-agreements.js';
import { nameVariantsOf } from '../../src/core/text/name-variants.js';
import { DECISIVE_ONLY_MAX, isWholeOrPrefix, scoreNameVariant, type VariantMatch } from '../../src/core/text/score-name-variant.js';
import { stemToken } from '../../src/core/text/stem-token.js';
import { tokenSimilarity } from '../../src/core/text/token-similarity.js';

/**
 * findAgreementSpans done the plain way, as the oracle of its property test: no index, no typo
 * lookup, no candidate pruning. Every name variant of every agreement is compared word by word with
 * every word of the query, in catalog order, and scored with the same rules.
 */
export function referenceMatcher(catalog: CatalogSnapshot): (query: string, minScore?: number) => AgreementMatchSpan[] {
  const variants = catalog.agreements.flatMap((a) => nameVariantsOf(a).map((tokens) => ({ a, tokens })));
  const df = new Map<string, number>();
  for (const a of catalog.agreements) for (const t of new Set(nameVariantsOf(a).flat())) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(catalog.agreements.length, 1);
  const weight = (t: string) => Math.log(1 + n / (df.get(t) ?? 1)) * (/^\d+$/.test(t) ? 0.5 : 1);
  const elementWords = new Set([...elementWordsOf(elementPhrases(catalog.elements))].map(stemToken));
  const decisive = (t: string) => df.get(t) === 1 && t.length >= 3 && !/^\d+$/.test(t) && !COMMON_WORDS.has(t) && !elementWords.has(t);
  return (query, minScore = 0.5) => match(query, minScore, { variants, df, weight, decisive });
}

interface Catalog {
  variants: ReadonlyArray<{ a: CatalogSnapshot['agreements'][number]; tokens: string[] }>;
  df: ReadonlyMap<string, number>;
  weight: (t: string) => number;
  decisive: (t: string) => boolean;
}

function match(query: string, minScore: number, { variants, df, weight, decisive }: Catalog): AgreementMatchSpan[] {
  const words = toContentTokens(query);
  const years = new Set(words.map((w) => w.text).filter(isYear));
  const strangers = [...query.slice(0, 2_000).matchAll(/(?<=\S\s+)([A-Z][a-z]{3,})\b/g)]
    .map((m) => toContentTokens(m[1] ?? '')[0]?.text ?? '')
    .filter((w) => w !== '' && !df.has(w) && !COMMON_WORDS.has(w)).length;

  const found = new Map<number, AgreementMatchSpan>();
  for (const { a, tokens } of variants) {
    const m: { ti: number[]; sim: number[]; q: number[] } = { ti: [], sim: [], q: [] };
    tokens.forEach((t, ti) => {
      let best = { sim: 0, q: -1 };
      words.forEach((w, q) => {
        const sim = tokenSimilarity(w.text, t);
        if (sim > best.sim) best = { sim, q };
      });
      if (best.q >= 0) {
        m.ti.push(ti);
        m.sim.push(best.sim);
        m.q.push(best.q);
      }
    });
    if (m.ti.length === 0 || (m.ti.length === 1 && tokens.length > 1 && !decisive(tokens[m.ti[0]!]!))) continue;
    const weights = tokens.map(weight);
    let score = scoreNameVariant(tokens, weights, weights.reduce((x, y) => x + y, 0), Math.max(...weights), m as VariantMatch, decisive);
    if (strangers > 0 && score <= DECISIVE_ONLY_MAX && !isWholeOrPrefix(tokens, m)) score *= 0.7;
    if (tokens.some((t, ti) => isYear(t) && !m.ti.includes(ti)) && [...years].some((y) => !tokens.includes(y))) score *= 0.6;
    if (score < minScore) continue;
    const prev = found.get(a.id);
    if (prev && prev.score >= score) continue;
    const positions = m.q.map((q) => words[q]!.pos);
    found.set(a.id, { agreement: a, score: Math.round(score * 1000) / 1000, start: Math.min(...positions), end: Math.max(...positions), positions: [...new Set(positions)].sort((x, y) => x - y) });
  }
  return [...found.values()].sort((x, y) => y.score - x.score || x.start - y.start);
}

function isYear(token: string): boolean {
  return /^(?:19|20)\d\d$/.test(token);
}
