import { AgreementNameIndex } from './agreement-name-index.js';
import type { CatalogTextIndex } from './catalog-text-index.js';
import { indexPhrases, type Phrase } from './phrase-index.js';

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

/** A catalog's text index as plain data (catalog-cache.ts keeps it): phrases already tokenised, names packed. */
export interface PackedCatalogTextIndex {
  readonly elements: readonly Phrase[];
  readonly ggeNorms: readonly Phrase[];
  readonly agreements: PackedAgreementNameIndex;
}

export function packCatalogTextIndex(index: CatalogTextIndex): PackedCatalogTextIndex {
  return { elements: index.elements.phrases, ggeNorms: index.ggeNorms.phrases, agreements: packAgreementNameIndex(index.agreements) };
}

export function unpackCatalogTextIndex(packed: PackedCatalogTextIndex): CatalogTextIndex {
  return { elements: indexPhrases(packed.elements), ggeNorms: indexPhrases(packed.ggeNorms), agreements: unpackAgreementNameIndex(packed.agreements) };
}

export function packAgreementNameIndex(index: AgreementNameIndex): PackedAgreementNameIndex {
  const t = index.tables;
  const live = [...index.variantsOf().values()].flat().sort((a, b) => a - b);
  const renumber = new Map(live.map((id, k) => [id, k]));
  const wordAt = new Map(t.words.map((w, i) => [w, i]));
  const variants = live.map((id) => index.variant(id));
  const tokens = variants.map((v) => v.tokens.map((w) => wordAt.get(w)!));
  const lists = (keys: readonly string[], map: ReadonlyMap<string, ArrayLike<number>>) => {
    const ids = keys.map((k) => Array.from(map.get(k) ?? [], (id) => renumber.get(id)!));
    return { offsets: offsetsOf(ids), ids: Int32Array.from(ids.flat()) };
  };
  const postings = lists(t.words, t.postings);
  const pairKeys = [...t.firstPairs.keys()];
  const pairs = lists(pairKeys, t.firstPairs);
  return {
    count: t.count,
    elementWords: [...t.elementWords],
    words: t.words,
    df: Int32Array.from(t.words, (w) => t.df.get(w) ?? 0),
    postingOffsets: postings.offsets,
    postingIds: postings.ids,
    agreementIds: Int32Array.from(variants, (v) => v.agreementId),
    ordinals: Int32Array.from(variants, (v) => v.ordinal),
    variantOffsets: offsetsOf(tokens),
    variantTokens: Int32Array.from(tokens.flat()),
    pairKeys,
    pairOffsets: pairs.offsets,
    pairIds: pairs.ids,
  };
}

/** The index again, its lists as views on the packed arrays; variants are made into objects when read. */
export function unpackAgreementNameIndex(p: PackedAgreementNameIndex): AgreementNameIndex {
  const view = (ids: Int32Array, offsets: Int32Array, i: number) => ids.subarray(offsets[i]!, offsets[i + 1]!);
  return AgreementNameIndex.fromTables({
    variants: [],
    packed: { agreementIds: p.agreementIds, ordinals: p.ordinals, offsets: p.variantOffsets, tokens: p.variantTokens, words: p.words },
    postings: new Map(p.words.map((w, i) => [w, view(p.postingIds, p.postingOffsets, i)])),
    df: new Map(p.words.map((w, i) => [w, p.df[i]!])),
    words: [...p.words],
    firstPairs: new Map(p.pairKeys.map((k, i) => [k, view(p.pairIds, p.pairOffsets, i)])),
    count: p.count,
    elementWords: new Set(p.elementWords),
  });
}

function offsetsOf(lists: readonly (readonly unknown[])[]): Int32Array {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
  return offsets;
}
