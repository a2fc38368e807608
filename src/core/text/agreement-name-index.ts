import type { Agreement } from '../catalog/agreement.js';
import { COMMON_WORDS } from './common-words.js';
import { findSimilarWords, indexOf, lowerBound } from './find-similar-words.js';
import { nameVariantsOf } from './name-variants.js';
import { TOP_MISSING_FACTOR } from './score-name-variant.js';
import type { SimilarToken } from './similar-tokens.js';

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
  /** agreements added, or whose name or aliases changed */
  readonly upserted: readonly Agreement[];
  readonly removedIds: readonly number[];
  /** agreements in the catalog after the change */
  readonly count: number;
}

/** Variants kept as flat arrays (build-agreement-name-index.ts), made into objects when first read. */
export interface PackedVariants {
  readonly agreementIds: Int32Array;
  readonly ordinals: Int32Array;
  /** variant v's tokens are words[tokens[offsets[v]]] .. words[tokens[offsets[v + 1] - 1]] */
  readonly offsets: Int32Array;
  readonly tokens: Int32Array;
  readonly words: readonly string[];
}

/** The index's tables: built from agreements, or unpacked from a kept copy. */
export interface NameTables {
  /** by variant id; null for a removed variant, undefined for one still packed */
  variants: Array<NameVariant | null | undefined>;
  packed: PackedVariants | null;
  /** token -> ids of the variants using it, each once */
  postings: Map<string, ArrayLike<number>>;
  /** token -> number of agreements whose names use it */
  df: Map<string, number>;
  /** the tokens of `postings`, sorted: the list typo lookup walks */
  words: string[];
  /** "first second" tokens of each variant of two tokens or more -> variant ids */
  firstPairs: Map<string, ArrayLike<number>>;
  /** agreements in the catalog, with or without a name variant */
  count: number;
  /** plural-folded words of the taxonomy's elements */
  elementWords: ReadonlySet<string>;
}

const MEMO_SIZE = 20_000;
/** A heaviest-word list this long is grouped by partner word (forEachSharing); a shorter one is walked. */
const GROUP_FROM = 64;
/** byPartner's key for variants of one word, which need no partner */
const ONE_WORD = -1;

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
  readonly tables: NameTables;
  private variantsOfAgreement: Map<number, number[]> | null = null;
  private derived = emptyDerived();

  /** Over tables built by buildAgreementNameIndex or unpacked from a kept copy (build-agreement-name-index.ts). */
  constructor(tables: NameTables) {
    this.tables = tables;
  }

  /**
   * Applies a catalog change. When nothing was added, renamed or removed and the count is the same,
   * the derived values (weights, heaviest-word lists, typo lookups) are kept.
   */
  update(change: AgreementChange): void {
    if (change.upserted.length === 0 && change.removedIds.every((id) => !this.variantsOf().has(id)) && change.count === this.tables.count) return;
    for (const id of [...change.removedIds, ...change.upserted.map((a) => a.id)]) this.remove(id);
    for (const a of change.upserted) this.addVariants(a.id, nameVariantsOf(a), true);
    this.tables.count = change.count;
    this.derived = emptyDerived();
  }

  /** The variant with this id; removed ones are never listed in postings. */
  variant(id: number): NameVariant {
    const t = this.tables;
    let v = t.variants[id];
    if (v === undefined && t.packed) {
      const p = t.packed;
      const tokens: string[] = [];
      for (let k = p.offsets[id]!; k < p.offsets[id + 1]!; k++) tokens.push(p.words[p.tokens[k]!]!);
      v = { agreementId: p.agreementIds[id]!, ordinal: p.ordinals[id]!, tokens };
      t.variants[id] = v;
    }
    if (!v) throw new Error(`name variant ${id} is not in the index`);
    return v;
  }

  /** token -> ids of the variants using it: the vocabulary of agreement names */
  get postings(): ReadonlyMap<string, ArrayLike<number>> {
    return this.tables.postings;
  }

  /** Whether some agreement name uses this (normalised, plural-folded) word. */
  has(word: string): boolean {
    return this.tables.postings.has(word);
  }

  /** A word only one agreement's names use, telling on its own ("paris", "gcsc", "malabo"). */
  isDecisive(token: string): boolean {
    return this.tables.df.get(token) === 1 && token.length >= 3 && !/^\d+$/.test(token) && !COMMON_WORDS.has(token) && !this.tables.elementWords.has(token);
  }

  weight(token: string): number {
    let w = this.derived.weights.get(token);
    if (w === undefined) {
      w = Math.log(1 + Math.max(this.tables.count, 1) / (this.tables.df.get(token) ?? 1)) * (/^\d+$/.test(token) ? 0.5 : 1);
      this.derived.weights.set(token, w);
    }
    return w;
  }

  weightsOf(variantId: number): VariantWeights {
    const weights = this.variant(variantId).tokens.map((t) => this.weight(t));
    return { weights, total: weights.reduce((x, y) => x + y, 0), top: Math.max(...weights) };
  }

  /** The sum of a variant's token weights (weightsOf().total), for the current catalog version. */
  total(variantId: number): number {
    return this.flat().totals[variantId]!;
  }

  /**
   * A test of whether some words (with their weights) could make `minShare` of a variant's weight
   * through two of its words, or its only one. Called for thousands of variants per question at
   * 100,000 agreements: it reads the variant's words as numbers from the flat table. The test is
   * good until the next shareTest call (they share the table marking the words).
   */
  shareTest(weights: ReadonlyMap<string, number>, minShare: number): (variantId: number) => boolean {
    const flat = this.flat();
    // the query's words marked in a table by word number, stamped with this test's number instead of cleared
    const stamp = ++flat.stamp;
    for (const [w, weight] of weights) {
      const id = flat.wordId(w);
      if (id < 0) continue;
      flat.marks[id] = stamp;
      flat.markWeights[id] = weight;
    }
    const { offsets, words, totals, marks, markWeights } = flat;
    return (id) => {
      let matched = 0;
      let weight = 0;
      const end = offsets[id + 1]!;
      for (let k = offsets[id]!; k < end; k++) {
        const word = words[k]!;
        if (marks[word] === stamp) {
          matched++;
          weight += markWeights[word]!;
        }
      }
      return (matched >= 2 || end - offsets[id]! === 1) && weight >= minShare * totals[id]! * (1 - 1e-9);
    };
  }

  /**
   * Every variant's words as numbers, with their weights and each variant's total, for the current
   * catalog version: made in one pass when first needed, so that per-question work reads typed
   * arrays instead of objects, strings and maps.
   */
  private flat(): FlatVariants {
    if (!this.derived.flat) {
      const t = this.tables;
      const p = t.packed;
      const n = Math.max(t.variants.length, p?.agreementIds.length ?? 0);
      // the packed vocabulary keeps its numbers; words added since get the next ones
      const packedWords = p?.words ?? [];
      const added = new Map<string, number>();
      const wordList = (i: number) => (i < packedWords.length ? packedWords[i]! : addedWords[i - packedWords.length]!);
      const addedWords: string[] = [];
      const wordId = (w: string) => {
        const i = indexOf(packedWords, w);
        return i >= 0 ? i : (added.get(w) ?? -1);
      };
      const idOf = (w: string) => {
        let id = wordId(w);
        if (id < 0) {
          added.set(w, (id = packedWords.length + addedWords.length));
          addedWords.push(w);
        }
        return id;
      };
      const offsets = new Int32Array(n + 1);
      const words: number[] = [];
      for (let id = 0; id < n; id++) {
        const v = t.variants[id];
        if (v !== null) {
          if (v === undefined && p && id < p.agreementIds.length) for (let k = p.offsets[id]!; k < p.offsets[id + 1]!; k++) words.push(p.tokens[k]!);
          else if (v) for (const w of v.tokens) words.push(idOf(w));
        }
        offsets[id + 1] = words.length;
      }
      const wordWeights = Float64Array.from({ length: packedWords.length + addedWords.length }, (_, i) => this.weight(wordList(i)));
      const flatWords = Int32Array.from(words);
      const totals = new Float64Array(n);
      for (let id = 0; id < n; id++) {
        let total = 0;
        for (let k = offsets[id]!; k < offsets[id + 1]!; k++) total += wordWeights[flatWords[k]!]!;
        totals[id] = total;
      }
      const vocabulary = packedWords.length + addedWords.length;
      this.derived.flat = { wordId, wordList, wordWeights, offsets, words: flatWords, totals, marks: new Int32Array(vocabulary), markWeights: new Float64Array(vocabulary), stamp: 0 };
    }
    return this.derived.flat;
  }

  /** The known words `word` may stand for (itself or a tolerated typo), memoised per catalog version. */
  similar(word: string): readonly SimilarToken[] {
    let found = this.derived.similar.get(word);
    if (!found) {
      found = findSimilarWords(word, this.tables.words);
      if (this.derived.similar.size >= MEMO_SIZE) this.derived.similar.clear(); // untrusted text brings endless new words
      this.derived.similar.set(word, found);
    }
    return found;
  }

  /**
   * Calls `visit` with the variants whose first two tokens are one of `firsts` followed by one of
   * `seconds`. A long text has thousands of such word pairs and few words that begin a name: only
   * those are paired.
   */
  forEachFirstPair(firsts: readonly string[], seconds: readonly string[], visit: (variantId: number) => void): void {
    const starts = (this.derived.pairStarts ??= new Set([...this.tables.firstPairs.keys()].map((k) => k.slice(0, k.indexOf(' ')))));
    for (const first of firsts) {
      if (!starts.has(first)) continue;
      for (const second of seconds) {
        const list = this.tables.firstPairs.get(`${first} ${second}`);
        if (list) for (let k = 0; k < list.length; k++) visit(list[k]!);
      }
    }
  }

  /**
   * Calls `visit` with every variant using one of `tokens` in which these tokens could make at least
   * `minShare` of the name's weight, and with some more (prefix filtering): a variant is listed
   * only under its heaviest words, as many as it takes for the rest to weigh less than minShare of
   * it. A variant none of whose listed words is among `tokens` gets less than minShare from them.
   * Common words ("security", "declaration") are rarely among a name's heaviest, so their long
   * posting lists are walked once, to make their short lists, and never again per question. From
   * minShare TOP_MISSING_FACTOR up, a name is listed only under its heaviest word (or words of equal
   * weight): without it the share scores less (scoreNameVariant), and shared words such as
   * "regional" or "forum" are the heaviest of few names.
   *
   * With minShare above 0 only names of one word, or with a second word among `partners` (the
   * text's words; a word used twice in a name is its own partner), are visited: the share route
   * needs two matched words (findAgreementSpans). A long list is grouped by partner word once, so
   * "asian" at 100,000 agreements is not walked name by name for every question that says it.
   */
  forEachSharing(tokens: readonly string[], minShare: number, visit: (variantId: number) => void, partners: readonly string[] = tokens): void {
    if (minShare <= 0) {
      for (const token of tokens) {
        const list = this.tables.postings.get(token);
        if (list) for (let k = 0; k < list.length; k++) visit(list[k]!);
      }
      return;
    }
    let partnerIds: number[] | null = null;
    for (const token of tokens) {
      const list = this.heaviestWordList(token, minShare);
      if (list.length < GROUP_FROM) {
        for (let k = 0; k < list.length; k++) visit(list[k]!);
        continue;
      }
      const groups = this.byPartner(token, minShare, list);
      partnerIds ??= partners.map((w) => this.flat().wordId(w)).filter((id) => id >= 0);
      for (const id of [ONE_WORD, ...partnerIds]) {
        const group = groups.get(id);
        if (group) for (let k = 0; k < group.length; k++) visit(group[k]!);
      }
    }
  }

  /**
   * A heaviest-word list of `token` grouped by the variants' other words (by word number; a second
   * use of `token` counts), one-word variants under ONE_WORD: made when a text first uses the word.
   */
  private byPartner(token: string, minShare: number, list: ArrayLike<number>): Map<number, number[]> {
    let byToken = this.derived.partners.get(minShare);
    if (!byToken) this.derived.partners.set(minShare, (byToken = new Map()));
    let groups = byToken.get(token);
    if (!groups) {
      groups = new Map();
      const { wordId, offsets, words } = this.flat();
      const self = wordId(token);
      for (let p = 0; p < list.length; p++) {
        const id = list[p]!;
        const start = offsets[id]!;
        const end = offsets[id + 1]!;
        if (end - start === 1) pushTo(groups, ONE_WORD, id);
        let skippedSelf = false;
        const seen = new Set<number>();
        for (let k = start; k < end; k++) {
          const w = words[k]!;
          // the word the list is for is a partner only where the name uses it a second time
          if (w === self && !skippedSelf) {
            skippedSelf = true;
            continue;
          }
          if (!seen.has(w)) {
            seen.add(w);
            pushTo(groups, w, id);
          }
        }
      }
      byToken.set(token, groups);
    }
    return groups;
  }

  /**
   * The variants listing `token` among their heaviest words for `minShare` (forEachSharing), worked
   * out for a word when a question first uses it and kept for the catalog version: lists for every
   * word of 10,000 names cost a one-shot `normbot ask` more than its question.
   */
  private heaviestWordList(token: string, minShare: number): ArrayLike<number> {
    let lists = this.derived.heaviest.get(minShare);
    if (!lists) this.derived.heaviest.set(minShare, (lists = new Map()));
    let list = lists.get(token);
    // a word no name uses is not kept: questions bring endless such words
    const postings = this.tables.postings.get(token);
    if (!postings) return [];
    if (!list) {
      list = [];
      const { wordId, wordWeights, offsets, words, totals } = this.flat();
      const word = wordId(token);
      // a hair of slack: the share is summed in another order
      const floor = minShare * (1 - 1e-6);
      const topOnly = minShare >= TOP_MISSING_FACTOR;
      const order: number[] = [];
      for (let p = 0; p < postings.length; p++) {
        const id = postings[p]!;
        order.length = 0;
        for (let k = offsets[id]!; k < offsets[id + 1]!; k++) order.push(words[k]!);
        order.sort((x, y) => wordWeights[y]! - wordWeights[x]!);
        let rest = totals[id]!;
        const need = floor * rest;
        const top = wordWeights[order[0]!]!;
        for (const w of order) {
          if (rest < need || (topOnly && wordWeights[w]! < top)) break;
          if (w === word) {
            list.push(id);
            break;
          }
          rest -= wordWeights[w]!;
        }
      }
      lists.set(token, list);
    }
    return list;
  }

  /** agreement id -> its variant ids, made from the tables when first needed */
  variantsOf(): Map<number, number[]> {
    if (!this.variantsOfAgreement) {
      const map = new Map<number, number[]>();
      const t = this.tables;
      const n = Math.max(t.variants.length, t.packed?.agreementIds.length ?? 0);
      for (let id = 0; id < n; id++) {
        if (t.variants[id] === null) continue;
        const agreementId = t.variants[id]?.agreementId ?? t.packed!.agreementIds[id]!;
        const list = map.get(agreementId);
        if (list) list.push(id);
        else map.set(agreementId, [id]);
      }
      this.variantsOfAgreement = map;
    }
    return this.variantsOfAgreement;
  }

  private addVariants(agreementId: number, variants: readonly (readonly string[])[], keepWordsSorted = false): void {
    const t = this.tables;
    const ids: number[] = [];
    const words = new Set<string>();
    variants.forEach((tokens, ordinal) => {
      const id = t.packed ? Math.max(t.variants.length, t.packed.agreementIds.length) : t.variants.length;
      t.variants[id] = { agreementId, ordinal, tokens };
      ids.push(id);
      for (const token of new Set(tokens)) {
        words.add(token);
        if (!t.postings.has(token) && keepWordsSorted) t.words.splice(lowerBound(t.words, token), 0, token);
        pushTo(t.postings, token, id);
      }
      if (tokens.length > 1) pushTo(t.firstPairs, `${tokens[0]} ${tokens[1]}`, id);
    });
    for (const token of words) t.df.set(token, (t.df.get(token) ?? 0) + 1);
    if (ids.length > 0) this.variantsOf().set(agreementId, ids);
  }

  private remove(agreementId: number): void {
    const t = this.tables;
    const ids = this.variantsOf().get(agreementId);
    if (!ids) return;
    this.variantsOf().delete(agreementId);
    const gone = new Set(ids);
    const words = new Set<string>();
    for (const id of ids) {
      const tokens = this.variant(id).tokens;
      t.variants[id] = null;
      tokens.forEach((token) => words.add(token));
      if (tokens.length > 1) dropFrom(t.firstPairs, `${tokens[0]} ${tokens[1]}`, gone);
    }
    for (const token of words) {
      const df = (t.df.get(token) ?? 1) - 1;
      if (df > 0) t.df.set(token, df);
      else t.df.delete(token);
      if (dropFrom(t.postings, token, gone)) {
        const at = indexOf(t.words, token);
        if (at >= 0) t.words.splice(at, 1);
      }
    }
  }
}

interface FlatVariants {
  /** word -> its number (-1 when no name uses it): the packed vocabulary's order, then words added since */
  wordId: (word: string) => number;
  wordList: (id: number) => string;
  wordWeights: Float64Array;
  /** variant v's words are words[offsets[v] .. offsets[v + 1]]; none for a removed one */
  offsets: Int32Array;
  words: Int32Array;
  totals: Float64Array;
  /** shareTest's marks: word w is one of the latest test's words when marks[w] === stamp, weighing markWeights[w] */
  marks: Int32Array;
  markWeights: Float64Array;
  stamp: number;
}

function emptyDerived() {
  return {
    weights: new Map<string, number>(),
    flat: null as FlatVariants | null,
    similar: new Map<string, readonly SimilarToken[]>(),
    /** minShare -> token -> heaviestWordList */
    heaviest: new Map<number, Map<string, number[]>>(),
    /** minShare -> token -> its heaviestWordList grouped by partner word (byPartner) */
    partners: new Map<number, Map<string, Map<number, number[]>>>(),
    /** the words some variant begins with followed by another (forEachFirstPair) */
    pairStarts: null as Set<string> | null,
  };
}

/** Appends to a list, turning a packed (typed) list into a plain array first. */
function pushTo<K>(map: Map<K, ArrayLike<number>>, key: K, value: number): void {
  const list = map.get(key);
  if (Array.isArray(list)) list.push(value);
  else map.set(key, list ? [...Array.from(list), value] : [value]);
}

/** Removes the ids in `gone` from a list; true when the list is now empty (and deleted). */
function dropFrom<K>(map: Map<K, ArrayLike<number>>, key: K, gone: ReadonlySet<number>): boolean {
  const list = map.get(key);
  if (!list) return false;
  const kept = Array.from(list).filter((id) => !gone.has(id));
  if (kept.length === 0) map.delete(key);
  else map.set(key, kept);
  return kept.length === 0;
}
