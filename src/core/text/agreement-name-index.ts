import type { Agreement } from '../catalog/agreement.js';
import { COMMON_WORDS } from './common-words.js';
import { findSimilarWords, indexOf, lowerBound } from './find-similar-words.js';
import { nameVariantsOf } from './name-variants.js';
import type { SimilarToken } from './similar-tokens.js';
import { stemToken } from './stem-token.js';

/** One way of naming an agreement (its name, an alias, a bracketed short form). */
export interface NameVariant {
  readonly agreementId: number;
  /** its place among the agreement's variants (nameVariantsOf order) */
  readonly ordinal: number;
  readonly tokens: readonly string[];
}

/** Token weights of a variant, for the catalog version they were computed for. */
export interface VariantWeights {
  readonly weights: readonly number[];
  readonly total: number;
  readonly top: number;
}

/** What changed in the catalog since the index was built or last updated. */
export interface AgreementChange {
  /** agreements added or changed, whole */
  readonly upserted: readonly Agreement[];
  readonly removedIds: readonly number[];
  /** agreements in the catalog after the change */
  readonly count: number;
}

const MEMO_SIZE = 20_000;
/** posting lists longer than this are kept sorted by how much of a name their token can make */
export const SORTED_LIST_MIN = 64;

/**
 * The agreement names of a catalog, for findAgreementSpans. Kept up to date in place when the
 * catalog changes (update), instead of being rebuilt: an approval touches one agreement's lists.
 * Token weights are inverse document frequency over agreements, so "gge" counts more than
 * "security"; years count half, since "2015" alone names nothing. Words used for norm elements
 * ("botnet", "routing") are never decisive: a question about botnets is not about the CSDE guide.
 * Weights depend on every agreement, so they and what is derived from them are computed when first
 * needed for the current version of the catalog.
 */
export class AgreementNameIndex {
  /** by variant id; removed variants leave a hole */
  readonly variants: Array<NameVariant | undefined> = [];
  /** token -> ids of the variants using it, each once */
  readonly postings = new Map<string, number[]>();
  /** the tokens of `postings`, sorted: the list typo lookup walks */
  private words: string[] = [];
  /** token -> number of agreements whose names use it */
  private readonly df = new Map<string, number>();
  private readonly variantsOf = new Map<number, number[]>();
  /** "first second" tokens of each variant of two tokens or more -> variant ids */
  readonly firstPairs = new Map<string, number[]>();
  private readonly elementWords: ReadonlySet<string>;
  private count: number;
  private derived = emptyDerived();

  constructor(agreements: readonly Agreement[], elementWords: ReadonlySet<string>) {
    this.elementWords = new Set([...elementWords].map(stemToken));
    this.count = agreements.length;
    for (const a of agreements) this.add(a);
    this.words = [...this.postings.keys()].sort();
  }

  /** Applies a catalog change; derived values (weights, sorted lists, typo lookups) start afresh. */
  update(change: AgreementChange): void {
    for (const id of [...change.removedIds, ...change.upserted.map((a) => a.id)]) this.remove(id);
    for (const a of change.upserted) this.add(a, true);
    this.count = change.count;
    this.derived = emptyDerived();
  }

  /** Whether some agreement name uses this (normalised, plural-folded) word. */
  has(word: string): boolean {
    return this.postings.has(word);
  }

  /** A word only one agreement's names use, telling on its own ("paris", "gcsc", "malabo"). */
  isDecisive(token: string): boolean {
    return this.df.get(token) === 1 && token.length >= 3 && !/^\d+$/.test(token) && !COMMON_WORDS.has(token) && !this.elementWords.has(token);
  }

  weight(token: string): number {
    let w = this.derived.weights.get(token);
    if (w === undefined) {
      w = Math.log(1 + Math.max(this.count, 1) / (this.df.get(token) ?? 1)) * (/^\d+$/.test(token) ? 0.5 : 1);
      this.derived.weights.set(token, w);
    }
    return w;
  }

  weightsOf(variantId: number): VariantWeights {
    let vw = this.derived.variantWeights.get(variantId);
    if (!vw) {
      const weights = (this.variants[variantId]?.tokens ?? []).map((t) => this.weight(t));
      vw = { weights, total: weights.reduce((x, y) => x + y, 0), top: Math.max(...weights) };
      this.derived.variantWeights.set(variantId, vw);
    }
    return vw;
  }

  /** The known words `word` may stand for (itself or a tolerated typo), memoised per catalog version. */
  similar(word: string): readonly SimilarToken[] {
    let found = this.derived.similar.get(word);
    if (!found) {
      found = findSimilarWords(word, this.words);
      if (this.derived.similar.size >= MEMO_SIZE) this.derived.similar.clear(); // untrusted text brings endless new words
      this.derived.similar.set(word, found);
    }
    return found;
  }

  /**
   * Calls `visit` with every variant using one of `tokens` in which these tokens could make at least
   * `minShare` of the name's weight (each token counted as often as the variant uses it), and with
   * some more. Short posting lists are walked whole. Long ones are kept sorted by the token's part
   * of each variant's weight and walked together, the same depth in each, only as deep as needed:
   * a variant deeper than that in every long list it is in gets less than minShare from them
   * (Fagin's threshold algorithm).
   */
  forEachSharing(tokens: readonly string[], minShare: number, visit: (variantId: number) => void): void {
    const long: Array<{ ids: Int32Array; parts: Float64Array }> = [];
    for (const token of tokens) {
      const list = this.postings.get(token) ?? [];
      if (list.length <= SORTED_LIST_MIN || minShare <= 0) list.forEach((id) => visit(id));
      else long.push(this.sortedByPart(token, list));
    }
    if (long.length === 0) return;
    // a hair of slack: the score sums the same weights in another order
    const floor = minShare * (1 - 1e-9);
    const partsAt = (depth: number) => long.reduce((sum, l) => sum + (l.parts[depth] ?? 0), 0);
    let lo = 0;
    let hi = Math.max(...long.map((l) => l.ids.length));
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (partsAt(mid) < floor) hi = mid;
      else lo = mid + 1;
    }
    for (const l of long) for (let k = 0; k < lo && k < l.ids.length; k++) visit(l.ids[k]!);
  }

  /** The token's posting list, ordered by the token's part of each variant's weight (largest first). */
  private sortedByPart(token: string, list: readonly number[]): { ids: Int32Array; parts: Float64Array } {
    let sorted = this.derived.sorted.get(token);
    if (!sorted) {
      const w = this.weight(token);
      const entries = list.map((id) => {
        const tokens = this.variants[id]?.tokens ?? [];
        const mult = tokens.reduce((n, t) => n + (t === token ? 1 : 0), 0);
        return { id, part: (mult * w) / this.weightsOf(id).total };
      });
      entries.sort((a, b) => b.part - a.part);
      sorted = { ids: Int32Array.from(entries, (e) => e.id), parts: Float64Array.from(entries, (e) => e.part) };
      this.derived.sorted.set(token, sorted);
    }
    return sorted;
  }

  private add(a: Agreement, keepWordsSorted = false): void {
    const ids: number[] = [];
    const words = new Set<string>();
    nameVariantsOf(a).forEach((tokens, ordinal) => {
      const id = this.variants.length;
      this.variants.push({ agreementId: a.id, ordinal, tokens });
      ids.push(id);
      for (const t of new Set(tokens)) {
        words.add(t);
        const list = this.postings.get(t);
        if (list) list.push(id);
        else {
          this.postings.set(t, [id]);
          if (keepWordsSorted) this.words.splice(lowerBound(this.words, t), 0, t);
        }
      }
      if (tokens.length > 1) pushTo(this.firstPairs, `${tokens[0]} ${tokens[1]}`, id);
    });
    for (const t of words) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    if (ids.length > 0) this.variantsOf.set(a.id, ids);
  }

  private remove(agreementId: number): void {
    const ids = this.variantsOf.get(agreementId);
    if (!ids) return;
    this.variantsOf.delete(agreementId);
    const gone = new Set(ids);
    const words = new Set<string>();
    for (const id of ids) {
      const tokens = this.variants[id]?.tokens ?? [];
      this.variants[id] = undefined;
      tokens.forEach((t) => words.add(t));
      if (tokens.length > 1) dropFrom(this.firstPairs, `${tokens[0]} ${tokens[1]}`, gone);
    }
    for (const t of words) {
      this.df.set(t, (this.df.get(t) ?? 1) - 1);
      if (this.df.get(t)! <= 0) this.df.delete(t);
      if (dropFrom(this.postings, t, gone)) {
        const at = indexOf(this.words, t);
        if (at >= 0) this.words.splice(at, 1);
      }
    }
  }
}

function emptyDerived() {
  return {
    weights: new Map<string, number>(),
    variantWeights: new Map<number, VariantWeights>(),
    similar: new Map<string, readonly SimilarToken[]>(),
    sorted: new Map<string, { ids: Int32Array; parts: Float64Array }>(),
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Removes the ids in `gone` from a list; true when the list is now empty (and deleted). */
function dropFrom<K>(map: Map<K, number[]>, key: K, gone: ReadonlySet<number>): boolean {
  const list = map.get(key);
  if (!list) return false;
  const kept = list.filter((id) => !gone.has(id));
  if (kept.length === 0) map.delete(key);
  else map.set(key, kept);
  return kept.length === 0;
}

/** Kept for callers of the former builder: the index of a list of agreements. */
export function buildAgreementNameIndex(agreements: readonly Agreement[], elementWords: ReadonlySet<string>): AgreementNameIndex {
  return new AgreementNameIndex(agreements, elementWords);
}
