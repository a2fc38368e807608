import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { getCatalogTextIndex } from '../text/catalog-text-index.js';
import { COMMON_WORDS } from '../text/common-words.js';
import { STOPWORDS } from '../text/content-tokens.js';
import { normalizeText } from '../text/normalize-text.js';
import { similarTokens } from '../text/similar-tokens.js';

/** Acronyms people use for maintainers that the maintainer field spells out. */
const MAINTAINER_EXPANSIONS: Readonly<Record<string, string>> = {
  un: 'united nations',
  uno: 'united nations',
  eu: 'european',
  us: 'us government',
  usa: 'us government',
  au: 'african union',
  itu: 'itu',
  isoc: 'internet society',
  france: 'france',
  russia: 'russia',
};

/**
 * The agreement's maintainer or convener, or undefined where the data marks it as none or unknown
 * ("none - UN GA document circulated by the proponent states"): the words after such a mark
 * explain the absence, they name no convener.
 */
export function namedMaintainer(a: Pick<Agreement, 'maintainer'>): string | undefined {
  const field = a.maintainer.trim();
  return field === '' || /^(?:none|unknown|n\/?a|not known|no maintainer)\b/i.test(field) ? undefined : field;
}

/**
 * The organisations an agreement is named after: acronyms opening its name or an alias, after
 * numbers and other such acronyms ("SCO Code of Conduct", "UN GGE 2015", "2015 GGE report").
 * Titles put their convener first; an acronym further in ("Russian draft UN convention") is a
 * subject, and an English word in capitals ("FIRST", "ICT") names no organisation.
 */
export function namingAcronyms(a: Pick<Agreement, 'name' | 'aliases'>): string[] {
  const found = new Set<string>();
  for (const name of [a.name, ...a.aliases]) {
    // word by word from the start: most names stop at their first word, so the rest is never split
    const words = /[A-Za-z0-9]+/g;
    for (let m = words.exec(name); m; m = words.exec(name)) {
      const word = m[0];
      if (/^\d+$/.test(word)) continue;
      if (!/^[A-Z][A-Z0-9]{1,6}$/.test(word)) break;
      const lower = word.toLowerCase();
      if (!COMMON_WORDS.has(lower) && !STOPWORDS.has(lower)) found.add(lower);
    }
  }
  return [...found];
}

interface MaintainerIndex {
  /** maintainer-field word -> agreements whose field has it */
  postings: ReadonlyMap<string, readonly number[]>;
  byLetter: ReadonlyMap<string, readonly string[]>;
  /** normalised fields, padded with spaces, by agreement id */
  fields: ReadonlyMap<number, string>;
  found: Map<string, ReadonlySet<number>>;
}

const indexes = new WeakMap<CatalogSnapshot, MaintainerIndex>();
const FOUND_MEMO = 256;

/**
 * The ids of the agreements maintained by the organisation these words name: each word, or a typo
 * of it, is in the maintainer field, or the acronym's expansion is ("UN": "United Nations"). An
 * acronym alone also names the agreements named after it (namingAcronyms: the SCO Code of Conduct,
 * which has no maintainer; the GGE reports).
 * Through a word index: reading a convener must not test all 10,000 fields.
 */
export function findMaintainedAgreements(catalog: CatalogSnapshot, words: readonly string[]): ReadonlySet<number> {
  const index = indexOf(catalog);
  const key = words.join(' ');
  const known = index.found.get(key);
  if (known) return known;
  // the rarest word first, then the others checked on its few agreements only ("kalomi secretariat")
  const tokensOf = (w: string) => similarTokens(w, index.byLetter).map((t) => t.token);
  const spread = (w: string) => tokensOf(w).reduce((n, t) => n + (index.postings.get(t)?.length ?? 0), MAINTAINER_EXPANSIONS[w] ? index.fields.size : 0);
  const [rarest, ...others] = [...words].sort((a, b) => spread(a) - spread(b));
  const ids = new Set<number>();
  if (rarest !== undefined) {
    const hasWord = (id: number, w: string) => {
      const field = index.fields.get(id) ?? '';
      const expansion = MAINTAINER_EXPANSIONS[w];
      return tokensOf(w).some((t) => field.includes(` ${t} `)) || (expansion !== undefined && field.includes(` ${expansion} `));
    };
    const candidates = new Set(tokensOf(rarest).flatMap((t) => index.postings.get(t) ?? []));
    if (MAINTAINER_EXPANSIONS[rarest]) for (const id of index.fields.keys()) candidates.add(id);
    for (const id of candidates) if (hasWord(id, rarest) && others.every((w) => hasWord(id, w))) ids.add(id);
  }
  // an organisation's acronym alone also names the agreements named after it ("SCO" the SCO Code of Conduct)
  if (words.length === 1) for (const id of namedAfterOf(catalog).get(words[0] ?? '') ?? []) ids.add(id);
  if (index.found.size >= FOUND_MEMO) index.found.clear();
  index.found.set(key, ids);
  return ids;
}

function indexOf(catalog: CatalogSnapshot): MaintainerIndex {
  let index = indexes.get(catalog);
  if (!index) {
    const postings = new Map<string, number[]>();
    const fields = new Map<number, string>();
    // many agreements share a maintainer: each field is normalised and split once
    const read = new Map<string, { padded: string; words: readonly string[] }>();
    for (const a of catalog.agreements) {
      let field = read.get(a.maintainer);
      if (!field) {
        const normal = normalizeText(namedMaintainer(a) ?? '');
        read.set(a.maintainer, (field = { padded: ` ${normal} `, words: [...new Set(normal.split(' '))] }));
      }
      fields.set(a.id, field.padded);
      for (const w of field.words) pushTo(postings, w, a.id);
    }
    const byLetter = new Map<string, string[]>();
    for (const w of postings.keys()) pushTo(byLetter, w[0] ?? '', w);
    index = { postings, byLetter, fields, found: new Map() };
    indexes.set(catalog, index);
  }
  return index;
}

const namedAfterIndexes = new WeakMap<CatalogSnapshot, ReadonlyMap<string, readonly number[]>>();

/** Acronym -> the agreements named after it (namingAcronyms), but for acronyms that are topics ("DNS"). */
function namedAfterOf(catalog: CatalogSnapshot): ReadonlyMap<string, readonly number[]> {
  let namedAfter = namedAfterIndexes.get(catalog);
  if (!namedAfter) {
    const found = new Map<string, number[]>();
    // "DNS Abuse Framework" is named after its topic, not an organisation
    const topicWords = new Set(getCatalogTextIndex(catalog).elements.phrases.flatMap((p) => p.tokens));
    for (const a of catalog.agreements) for (const w of namingAcronyms(a)) if (!topicWords.has(w)) pushTo(found, w, a.id);
    namedAfterIndexes.set(catalog, (namedAfter = found));
  }
  return namedAfter;
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether some agreement's maintainer is written with this word (exactly, or an acronym spelled out). */
export function isMaintainerWord(catalog: CatalogSnapshot, word: string): boolean {
  return indexOf(catalog).postings.has(word) || (MAINTAINER_EXPANSIONS[word] !== undefined && findMaintainedAgreements(catalog, [word]).size > 0);
}

/** Whether some agreement is named after this organisation's acronym ("GGE": the UN GGE reports, "OEWG"), its maintainer field aside. */
export function isNamingAcronym(catalog: CatalogSnapshot, word: string): boolean {
  // namingAcronyms leaves English words out: "which agreements" needs no index of 10,000 names
  return !COMMON_WORDS.has(word) && !STOPWORDS.has(word) && namedAfterOf(catalog).has(word);
}
