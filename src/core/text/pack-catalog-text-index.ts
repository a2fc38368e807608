import type { AgreementNameIndex } from './agreement-name-index.js';
import type { CatalogTextIndex } from './catalog-text-index.js';
import { indexPhrases, type Phrase } from './phrase-index.js';
import { offsetsOf, unpackAgreementNameIndex, type PackedAgreementNameIndex } from './build-agreement-name-index.js';

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

/** The index's tables as flat arrays, the variants renumbered without the removed ones. */
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

