import type { Agreement } from '../catalog/agreement.js';
import { COMMON_WORDS } from './common-words.js';
import { toContentTokens } from './content-tokens.js';
import { stemToken } from './stem-token.js';

/** One way of naming an agreement (its name, an alias, a bracketed short form). */
export interface NameVariant {
  readonly agreementIndex: number;
  readonly tokens: readonly string[];
  readonly weights: readonly number[];
  readonly totalWeight: number;
  readonly topWeight: number;
}

export interface AgreementNameIndex {
  readonly agreements: readonly Agreement[];
  readonly variants: readonly NameVariant[];
  /** token -> (variant, position of the token in the variant) */
  readonly postings: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  /** tokens bucketed by first letter, for typo lookup */
  readonly tokensByLetter: ReadonlyMap<string, readonly string[]>;
  /** tokens that name one agreement on their own ("paris", "gcsc", "malabo") */
  readonly decisive: ReadonlySet<string>;
}

/**
 * Token weights are inverse document frequency over agreements, so "gge" counts more than
 * "security"; years count half, since "2015" alone names nothing. Words used for norm elements
 * ("botnet", "routing") are never decisive: a question about botnets is not about the CSDE guide.
 */
export function buildAgreementNameIndex(agreements: readonly Agreement[], elementWords: ReadonlySet<string>): AgreementNameIndex {
  const raw: Array<{ agreementIndex: number; tokens: string[] }> = [];
  const df = new Map<string, number>();
  agreements.forEach((a, agreementIndex) => {
    const seen = new Set<string>();
    const words = new Set<string>();
    for (const { text, bracketed } of [a.name, ...a.aliases].flatMap(namesIn)) {
      const tokens = toContentTokens(text).map((t) => t.text);
      const key = tokens.join(' ');
      // a bracketed part of ordinary words ("(ICTs)", "(2013 and 2016)") is no name of its own
      const ordinary = bracketed && tokens.every((t) => COMMON_WORDS.has(t) || /^\d+$/.test(t));
      if (tokens.length === 0 || ordinary || seen.has(key)) continue;
      seen.add(key);
      raw.push({ agreementIndex, tokens });
      tokens.forEach((t) => words.add(t));
    }
    for (const t of words) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const n = Math.max(agreements.length, 1);
  const weightOf = (t: string) => Math.log(1 + n / (df.get(t) ?? 1)) * (/^\d+$/.test(t) ? 0.5 : 1);
  const variants: NameVariant[] = raw.map((r) => {
    const weights = r.tokens.map(weightOf);
    return { ...r, weights, totalWeight: weights.reduce((x, y) => x + y, 0), topWeight: Math.max(...weights) };
  });
  const postings = new Map<string, Array<readonly [number, number]>>();
  variants.forEach((v, vi) => v.tokens.forEach((t, ti) => pushTo(postings, t, [vi, ti] as const)));
  const tokensByLetter = new Map<string, string[]>();
  for (const t of postings.keys()) pushTo(tokensByLetter, t[0] ?? '', t);
  const stemmedElementWords = new Set([...elementWords].map(stemToken));
  const decisive = new Set(
    [...df.entries()]
      .filter(([t, count]) => count === 1 && t.length >= 3 && !/^\d+$/.test(t) && !COMMON_WORDS.has(t) && !stemmedElementWords.has(t))
      .map(([t]) => t),
  );
  return { agreements, variants, postings, tokensByLetter, decisive };
}

/** A name, plus its bracketed part and the name without it: "Ethics for ... Teams (EthicsFIRST)". */
function namesIn(text: string): Array<{ text: string; bracketed: boolean }> {
  const inner = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '').filter((s) => /[a-z]{3}/i.test(s));
  return [
    ...[text, text.replace(/\([^)]*\)/g, ' ')].map((t) => ({ text: t.trim(), bracketed: false })),
    ...inner.map((t) => ({ text: t.trim(), bracketed: true })),
  ].filter((n) => n.text !== '');
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
