import type { Agreement } from '../catalog/agreement.js';
import { AgreementNameIndex } from './agreement-name-index.js';
import { nameVariantsOf } from './name-variants.js';
import { stemToken } from './stem-token.js';

/** An agreement name index as flat arrays: kept by the store (catalog-cache.ts), cheap to take up again. */
export interface PackedAgreementNameIndex {
  readonly count: number;
  readonly elementWords: readonly string[];
  /** the vocabulary, sorted */
  readonly words: readonly string[];
  readonly df: Int32Array;
  /** word i's posting list is postingIds[postingOffsets[i] .. postingOffsets[i + 1]] */
  readonly postingOffsets: Int32Array;
  readonly postingIds: Int32Array;
  readonly agreementIds: Int32Array;
  readonly ordinals: Int32Array;
  /** variant v's tokens are words[variantTokens[variantOffsets[v] .. variantOffsets[v + 1]]] */
  readonly variantOffsets: Int32Array;
  readonly variantTokens: Int32Array;
  readonly pairKeys: readonly string[];
  readonly pairOffsets: Int32Array;
  readonly pairIds: Int32Array;
}

/** The name index of a catalog's agreements (see AgreementNameIndex). */
export function buildAgreementNameIndex(agreements: readonly Agreement[], elementWords: ReadonlySet<string>): AgreementNameIndex {
  return unpackAgreementNameIndex(buildPackedAgreementNameIndex(agreements, elementWords));
}

/**
 * The name index of these agreements, built straight into flat arrays: a few large arrays instead
 * of tens of thousands of small ones keep a 10,000-agreement index small, and cheap to build.
 */
export function buildPackedAgreementNameIndex(agreements: readonly Agreement[], elementWords: ReadonlySet<string>): PackedAgreementNameIndex {
  const wordId = new Map<string, number>();
  const found: string[] = [];
  const df: number[] = [];
  const agreementIds: number[] = [];
  const ordinals: number[] = [];
  const variantOffsets = [0];
  const variantTokens: number[] = [];
  for (const a of agreements) {
    const used = new Set<number>();
    nameVariantsOf(a).forEach((tokens, ordinal) => {
      agreementIds.push(a.id);
      ordinals.push(ordinal);
      for (const t of tokens) {
        let id = wordId.get(t);
        if (id === undefined) {
          wordId.set(t, (id = found.length));
          found.push(t);
          df.push(0);
        }
        variantTokens.push(id);
        used.add(id);
      }
      variantOffsets.push(variantTokens.length);
    });
    for (const id of used) df[id]!++;
  }
  // words in sorted order, as the typo lookup walks them
  const order = found.map((_, i) => i).sort((x, y) => (found[x]! < found[y]! ? -1 : found[x]! > found[y]! ? 1 : 0));
  const rank = new Int32Array(found.length);
  order.forEach((old, i) => (rank[old] = i));
  const tokens = Int32Array.from(variantTokens, (id) => rank[id]!);
  const offsets = Int32Array.from(variantOffsets);
  const postings = invert(offsets, tokens, found.length);
  const pairs = new Map<string, number[]>();
  for (let v = 0; v + 1 < offsets.length; v++) {
    if (offsets[v + 1]! - offsets[v]! < 2) continue;
    const key = `${found[order[tokens[offsets[v]!]!]!]} ${found[order[tokens[offsets[v]! + 1]!]!]}`;
    const list = pairs.get(key);
    if (list) list.push(v);
    else pairs.set(key, [v]);
  }
  const pairKeys = [...pairs.keys()];
  const pairLists = [...pairs.values()];
  return {
    count: agreements.length,
    elementWords: [...elementWords].map(stemToken),
    words: order.map((old) => found[old]!),
    df: Int32Array.from(order, (old) => df[old]!),
    postingOffsets: postings.offsets,
    postingIds: postings.ids,
    agreementIds: Int32Array.from(agreementIds),
    ordinals: Int32Array.from(ordinals),
    variantOffsets: offsets,
    variantTokens: tokens,
    pairKeys,
    pairOffsets: offsetsOf(pairLists),
    pairIds: Int32Array.from(pairLists.flat()),
  };
}

/** Word -> variants using it (each once, in variant order), from variant -> words. */
function invert(offsets: Int32Array, tokens: Int32Array, words: number): { offsets: Int32Array; ids: Int32Array } {
  const count = new Int32Array(words + 1);
  // seen[w] === v + 1 once variant v listed word w: a word used twice in a name is listed once
  const seen = new Int32Array(words);
  const eachWord = (visit: (w: number, v: number) => void) => {
    seen.fill(0);
    for (let v = 0; v + 1 < offsets.length; v++) {
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = tokens[k]!;
        if (seen[w] === v + 1) continue;
        seen[w] = v + 1;
        visit(w, v);
      }
    }
  };
  eachWord((w) => count[w + 1]!++);
  for (let w = 0; w < words; w++) count[w + 1]! += count[w]!;
  const ids = new Int32Array(count[words]!);
  const next = count.slice(0, words);
  eachWord((w, v) => (ids[next[w]!++] = v));
  return { offsets: count, ids };
}

/** The index again, its lists as views on the packed arrays; variants are made into objects when read. */
export function unpackAgreementNameIndex(p: PackedAgreementNameIndex): AgreementNameIndex {
  const view = (ids: Int32Array, offsets: Int32Array, i: number) => ids.subarray(offsets[i]!, offsets[i + 1]!);
  return new AgreementNameIndex({
    variants: [],
    packed: { agreementIds: p.agreementIds, ordinals: p.ordinals, offsets: p.variantOffsets, tokens: p.variantTokens, words: p.words },
    postings: new Map(p.words.map((w, i) => [w, view(p.postingIds, p.postingOffsets, i)])),
    df: new Map(p.words.map((w, i) => [w, p.df[i]!])),
    words: [...p.words],
    firstPairs: new Map(p.pairKeys.map((k, i) => [k, view(p.pairIds, p.pairOffsets, i)])),
    count: p.count,
    elementWords: new Set(p.elementWords), // plural-folded already
  });
}


export function offsetsOf(lists: readonly (readonly unknown[])[]): Int32Array {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
  return offsets;
}
