import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { AGREEMENT_TITLE_WORDS } from './agreement-title-words.js';
import { getCatalogTextIndex } from './catalog-text-index.js';
import { COMMON_WORDS } from './common-words.js';
import { STOPWORDS, toContentTokens } from './content-tokens.js';
import { findAgreementSpans, type AgreementMatch } from './find-agreements.js';
import { normalizeText } from './normalize-text.js';
import { stemToken } from './stem-token.js';
import { tokenSimilarity } from './token-similarity.js';

export interface UnknownAgreementName {
  /** as the member wrote it: "Budapest Convention" */
  name: string;
  /** catalog agreements whose names come closest, best first (not the same thing) */
  nearest: Agreement[];
}

/** Words that open a question rather than a name: "Does the Paris Call ..." */
const OPENERS = new Set(
  `i is are was were do does did what which who whom whose when where why how tell show list give compare can could would should
   please rank any all the a an and or of for on in to about me my our your has have had explain describe`.split(/\s+/),
);
/** Words that qualify a title without naming one ("the new convention", "the UN treaty"). */
const ORDINARY = new Set([
  ...OPENERS,
  ...`un bpf igf catalog normbot thanks thank new recent latest old older first last main key big important relevant same other such this
   that these those its their eu international global regional national proposed draft future upcoming next binding legally voluntary
   cyber oldest newest earliest youngest biggest largest broadest narrowest major most least best only single whole entire specific
   particular famous known called original updated revised current previous final`.split(/\s+/),
]);

const TITLE_WORDS = AGREEMENT_TITLE_WORDS.map((w) => normalizeText(w));
/** Singular head words, for names typed in lower case ("the budapest convention"); plural ones are generic ("which conventions"). */
const SINGULAR_TITLE_WORDS = TITLE_WORDS.filter((w) => !(w.endsWith('s') && TITLE_WORDS.includes(w.slice(0, -1))));
const TITLE_STEMS = new Set(TITLE_WORDS.flatMap((w) => w.split(' ')).map(stemToken));
const NAMED_SCORE = 0.9;
const CLOSE_SCORE = 0.6;
const NEAREST_SCORE = 0.3;

/**
 * Names in a question that look like an agreement's ("... Convention", "Code of Conduct for ...",
 * "the Christchurch Call") but match none in the catalog: the question engine answers these with
 * "not in the catalog" instead of answering about something else. A name counts as known when a
 * catalog name or alias matches it well and carries every telling word of it ("Charlevox
 * commitment" is the Charlevoix Commitment; "UN Convention against Cybercrime" is not the Arab one).
 */
export function findUnknownAgreementNames(question: string, catalog: CatalogSnapshot, matchedInQuestion: readonly AgreementMatch[] = []): UnknownAgreementName[] {
  const out: UnknownAgreementName[] = [];
  for (const name of candidateNames(question, catalog)) {
    if (out.some((o) => normalizeText(o.name) === normalizeText(name))) continue;
    const carried = carriesName(name);
    // the agreements the question's own matching found explain most names, without matching again
    if (matchedInQuestion.some((m) => m.score >= CLOSE_SCORE && carried(m.agreement))) continue;
    const close = findAgreementSpans(name, catalog, NEAREST_SCORE);
    const best = close[0];
    if (best && best.score >= CLOSE_SCORE && (best.score >= NAMED_SCORE || carried(best.agreement))) continue;
    out.push({ name, nearest: close.slice(0, 3).map((m) => m.agreement) });
  }
  return out;
}

/** A name read as an agreement's by its place in the question ("what does X say?"), with the catalog names closest to it. */
export function toUnknownAgreementName(name: string, catalog: CatalogSnapshot): UnknownAgreementName {
  return { name, nearest: findAgreementSpans(name, catalog, NEAREST_SCORE).slice(0, 3).map((m) => m.agreement) };
}

function candidateNames(question: string, catalog: CatalogSnapshot): string[] {
  const text = question.slice(0, 2_000);
  const names: string[] = [];
  // capitalised runs, joined by small words: "Convention on Cybercrime", "Pall Mall Process"
  for (const m of text.matchAll(/[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|the|de|and|or|to|against|in|la|del|des|du|el)\s+)*[A-Z0-9][\w'’-]*)*/g)) {
    // "the Paris Call and the Budapest Convention" are two names
    for (const part of m[0].split(/\s+(?:and|or)\s+(?:the\s+)?/)) {
      const words = part.split(/\s+/);
      while (words.length > 0 && OPENERS.has(normalizeText(words[0] ?? ''))) words.shift();
      const name = words.join(' ').replace(/['’]s$/, '');
      if (hasTitleWord(normalizeText(name)) && distinctiveWords(name).length > 0) names.push(name);
    }
  }
  // typed in lower case: "the budapest convention", where no word before the title word is known
  const normal = normalizeText(text);
  const heads = SINGULAR_TITLE_WORDS.filter((w) => !w.includes(' '));
  for (const m of normal.matchAll(new RegExp(`\\b(?:the|a) ((?:[a-z][a-z0-9]* ){1,3})(${heads.join('|')})\\b`, 'g'))) {
    if (unknownModifiers(m[1] ?? '', catalog)) names.push(`${m[1] ?? ''}${m[2] ?? ''}`);
  }
  // two names sharing a plural head word: "malabo and budapest conventions" are the Malabo and the Budapest Convention
  const plurals = heads.map((w) => `${w}s`);
  for (const m of normal.matchAll(new RegExp(`\\b((?:[a-z][a-z0-9]* ){1,3})(?:and|or) ((?:[a-z][a-z0-9]* ){1,3})(${plurals.join('|')})\\b`, 'g'))) {
    const head = (m[3] ?? '').slice(0, -1);
    for (const modifiers of [dropOpeners(m[1] ?? ''), m[2] ?? '']) if (unknownModifiers(modifiers, catalog)) names.push(`${modifiers}${head}`);
  }
  return names;
}

/** Whether the words before a lower-case title word name something the catalog cannot know ("budapest", not "cybercrime" or "binding"). */
function unknownModifiers(modifiers: string, catalog: CatalogSnapshot): boolean {
  const words = modifiers.trim().split(' ').filter((w) => w !== '');
  // the catalog's vocabulary is gathered only for a question with such a phrase (a one-shot `ask` at 10,000 agreements saves tens of ms)
  const known = words.length > 0 ? knownWords(catalog) : undefined;
  return known !== undefined && words.every((w) => !known.has(stemToken(w)) && !ORDINARY.has(w) && !COMMON_WORDS.has(stemToken(w)) && !STOPWORDS.has(w) && !/\d/.test(w));
}

/** "compare malabo " -> "malabo ": the question's opening words are no part of a name. */
function dropOpeners(words: string): string {
  const kept = words.trim().split(' ');
  while (kept.length > 0 && OPENERS.has(kept[0] ?? '')) kept.shift();
  return kept.length > 0 ? `${kept.join(' ')} ` : '';
}

function hasTitleWord(normal: string): boolean {
  return TITLE_WORDS.some((w) => ` ${normal} `.includes(` ${w} `));
}

/** The words of a name that tell it apart: not title words, not ordinary or common words. */
function distinctiveWords(name: string): string[] {
  return toContentTokens(name)
    .map((t) => t.text)
    .filter((w) => !TITLE_STEMS.has(w) && !ORDINARY.has(w) && !COMMON_WORDS.has(w) && !/^\d+$/.test(w));
}

/**
 * A test of whether an agreement's name or aliases carry a name's telling words and its title word (typos
 * tolerated): "Charlevox commitment" is the Charlevoix Commitment, "Paris Agreement" is not the Paris Call.
 */
function carriesName(name: string): (agreement: Agreement) => boolean {
  const normal = ` ${normalizeText(name)} `;
  const titles = TITLE_WORDS.filter((w) => normal.includes(` ${w} `));
  const distinctive = distinctiveWords(name);
  return (agreement) => {
    const { own, ownText } = namesOf(agreement);
    return distinctive.every((w) => own.some((o) => tokenSimilarity(w, o) > 0)) && titles.every((w) => ownText.includes(` ${w}`));
  };
}

const namesCache = new Map<Agreement, { own: string[]; ownText: string }>();
const NAMES_MEMO = 10_000;

/** An agreement's name and alias words, and its names normalised: a question with hundreds of matches reads each once. */
function namesOf(agreement: Agreement): { own: string[]; ownText: string } {
  let names = namesCache.get(agreement);
  if (!names) {
    const all = [agreement.name, ...agreement.aliases];
    names = { own: all.flatMap((n) => toContentTokens(n).map((t) => t.text)), ownText: ` ${all.map(normalizeText).join(' | ')} ` };
    if (namesCache.size >= NAMES_MEMO) namesCache.clear(); // bounded: agreements of older snapshots go with it
    namesCache.set(agreement, names);
  }
  return names;
}

const knownCache = new WeakMap<CatalogSnapshot, ReadonlySet<string>>();

/** Every word the catalog uses in names, element and GGE vocabulary: a lower-case word outside it may be a name. */
function knownWords(catalog: CatalogSnapshot): ReadonlySet<string> {
  let known = knownCache.get(catalog);
  if (!known) {
    const index = getCatalogTextIndex(catalog);
    known = new Set([
      ...index.agreements.postings.keys(),
      ...index.elements.phrases.flatMap((p) => p.tokens),
      ...index.ggeNorms.phrases.flatMap((p) => p.tokens),
      ...catalog.agreements.flatMap((a) => normalizeText(a.maintainer).split(' ')),
    ]);
    knownCache.set(catalog, known);
  }
  return known;
}
