import type { CatalogSnapshot } from '../../../core/catalog/catalog-snapshot.js';
import type { Mention } from '../../../core/contribution/parsed-message.js';
import { AGREEMENT_TITLE_WORDS } from '../../../core/text/agreement-title-words.js';
import { findAgreementSpans, type AgreementMatchSpan } from '../../../core/text/find-agreements.js';
import { countNormalWords, normalizeText, WORD_CHAR } from '../../../core/text/normalize-text.js';
import type { RawAgreement, RawField } from '../fields/read-questionnaire.js';
import { suggestNorms } from '../suggest-norms.js';
import { readFacts } from './read-facts.js';
import { announcesProposals, introducedName, proposedNames, type Role } from './proposed-names.js';
import { capProse, COORDINATORS, readSentences, type Sentence, type Word } from './read-sentences.js';

/**
 * What a paragraph is, for the names in it: a letter's own words ('letter', the default); names
 * only ('mentions': a form already filled); the sender's answer to "is your organisation a
 * signatory?" ('endorsement': a catalog agreement it names is its endorsement, a mention; one the
 * catalog lacks is a new agreement to look at, a draft); or its answer to "other agreements to include?"
 * ('proposal': every name it gives is put forward, unless compared or cited in passing).
 */
export type Reading = 'letter' | 'mentions' | 'endorsement' | 'proposal';

export interface ProseAgreements {
  /** agreements the letter proposes or describes: drafts */
  agreements: RawAgreement[];
  /** agreements it names in passing */
  mentions: Mention[];
  /** how many of the mentions were named in a question about the call ("should we propose X?"); counted only when some paragraph is read as more than mentions */
  asked: number;
}

/** A prose match to the catalog below this is a coincidence of words, not the agreement named. */
const CATALOG_SCORE = 0.75;
const TITLE_WORDS = AGREEMENT_TITLE_WORDS.map((w) => normalizeText(w).split(' '));
/** the first word of each title head word, normalised */
const HEAD_FIRSTS = new Set(TITLE_WORDS.map((t) => t[0]!));
/** Whether normalised text has the first word of some title head word (tested before the text is split). */
const HEAD_WORD = new RegExp(`(?:^| )(?:${[...HEAD_FIRSTS].join('|')})(?: |$)`);
/** small words inside a title: "Call *for* Trust", "Appel *de* Paris *pour* ...", "Declaración *de* ... *sobre*" */
const CONNECTORS = new Set('of on for in to the and & between among de la le les du des d l pour sur et entre del el los las y para sobre en a al'.split(' '));
const LEADING = new Set('the a an our this that these its their le la les l un une notre ce cette el la los las un una nuestro nuestra este esta'.split(' '));

/**
 * Agreements a letter names: catalog names and aliases through the catalog matcher, run once per
 * paragraph, and new titles found as capitalised noun phrases whose head is an agreement word
 * ("Geneva *Dialogue* on ...", "*Charte* de ..."). A name is a draft when its sentence proposes
 * it (proposedNames: the name a proposing word governs, not every name near one), or, for a title
 * the catalog does not hold, when the sentences around it describe it (year, maintainer, parties);
 * otherwise it was named in passing and is a mention. `reading[p]` says what paragraph p is (see
 * Reading). Words are read only from the sentences that may hold a title and those around a name:
 * most sentences of a letter name nothing.
 */
export function findProseAgreements(paragraphs: readonly string[], catalog: CatalogSnapshot, reading: readonly Reading[] = []): ProseAgreements {
  const capped = capProse(paragraphs);
  const spans = capped.map((text) => (text === '' ? [] : findAgreementSpans(text, catalog, CATALOG_SCORE)));
  // sentences are read only in the paragraphs that name a catalog agreement or have a title's head word,
  // and in the paragraph before one, which may announce the texts it names ("We propose two texts:").
  // A paragraph read for its mentions only has a title when one of its sentences may hold one
  // (mayHoldTitle holds for the paragraph then), and announces nothing.
  const mentionsOnly = (p: number) => reading[p] === 'mentions';
  const read = capped.map((text, p) => spans[p]!.length > 0 || (mentionsOnly(p) ? mayHoldTitle(text) : HEAD_WORD.test(normalizeText(text))));
  const sentences = readSentences(capped.map((text, p) => (read[p] || (read[p + 1] && !mentionsOnly(p + 1)) ? text : '')));
  const known = catalogNames(sentences, spans);
  // a title inside the words the matcher read as a catalog agreement is that agreement, not a second name
  const titles = newTitles(sentences, catalog, (sentence, at, last) => !known.some((k) => k.sentence === sentence && k.at <= last && at <= k.last));
  const named = withAliases(sentences, [...known, ...titles].sort((a, b) => a.sentence - b.sentence || a.at - b.at));
  // a name in a filled form's letter is a mention whatever its sentence does with it: roles are read for letters only
  const roles = named.some((x) => !mentionsOnly(sentences[x.sentence]!.paragraph)) ? rolesOf(sentences, named) : new Map<Named, Role>();
  const out: ProseAgreements = { agreements: [], mentions: [], asked: 0 };
  const seen = new Set<string>();
  const keyOf = (x: Named) => (x.agreementId !== null ? `#${x.agreementId}` : normalizeText(x.name));
  for (const [n, name] of named.entries()) {
    const key = keyOf(name);
    if (seen.has(key)) continue;
    seen.add(key);
    // the sentences that speak of it: its own, and the next ones until another agreement is named (naming it again goes on)
    const nextNamed = named.slice(n + 1).find((x) => x.sentence > name.sentence && keyOf(x) !== key)?.sentence ?? Infinity;
    const role = roles.get(name);
    const mention = () => {
      out.mentions.push({ name: name.name, agreementId: name.agreementId, sentence: sentences[name.sentence]!.text });
      if (role === 'asked') out.asked += 1;
    };
    const paragraph = reading[sentences[name.sentence]!.paragraph] ?? 'letter';
    if (paragraph === 'mentions' || (paragraph === 'endorsement' && name.agreementId !== null)) {
      mention();
      continue;
    }
    // the sentences that speak of it: its own and the next ones of its paragraph, up to the next agreement named
    const context = sentences.slice(name.sentence, nextNamed).filter((s) => s.paragraph === sentences[name.sentence]!.paragraph);
    const facts = readFacts(context, name.name, (s, i) => named.some((x) => keyOf(x) !== key && sentences[x.sentence] === s && i >= x.at && i <= x.last + 1 && (i <= x.last || s.words[i]!.pre.includes('('))));
    // an answer to "other agreements?" puts forward what it names; so does an endorsement of one the catalog lacks
    const proposed = role === 'proposed' || ((paragraph === 'proposal' || paragraph === 'endorsement') && role === 'named');
    // facts said of a new title make it a draft, unless the sentence compares it, asks about it, or puts another name forward
    const described = name.agreementId === null && role === 'named' && !named.some((x) => x.sentence === name.sentence && roles.get(x) === 'proposed') && Object.keys(facts).length > 0;
    if (!proposed && !described) {
      mention();
      continue;
    }
    const field = (value: string, confidence: number): RawField => ({ value, snippet: sentences[name.sentence]!.text, confidence, source: 'prose' });
    out.agreements.push({ 'agreement.name': field(name.name, name.confidence), ...facts, ...normSentences(context, catalog) });
  }
  return out;
}

/**
 * The sentences around a proposed agreement that speak of norms ("it covers vulnerability
 * handling"), read as its answer to the norms question, so that elements are suggested from them.
 */
function normSentences(context: readonly Sentence[], catalog: CatalogSnapshot): RawAgreement {
  const speaking = context.filter((s) => {
    const found = suggestNorms(s.text, catalog);
    return found.normElements.length > 0 || found.ggeNorms.length > 0;
  });
  if (speaking.length === 0) return {};
  const text = speaking.map((s) => s.text).join(' ');
  return { 'agreement.gge': { value: text, snippet: text, confidence: 0.5, source: 'prose' } };
}

interface Named {
  name: string;
  agreementId: number | null;
  sentence: number;
  /** first and last word of the name in its sentence's words */
  at: number;
  last: number;
  confidence: number;
}

/**
 * Catalog agreements named in the letter, with the sentence each was named in: `spans[p]`, the
 * matcher's spans in paragraph p, by word position, mapped to that paragraph's sentences.
 */
function catalogNames(sentences: readonly Sentence[], spans: ReadonlyArray<readonly AgreementMatchSpan[]>): Named[] {
  const out: Named[] = [];
  let first = 0;
  while (first < sentences.length) {
    const paragraph = sentences[first]!.paragraph;
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === paragraph) last += 1;
    if (!spans[paragraph]?.length) {
      first = last + 1;
      continue;
    }
    // word position at which each of the paragraph's sentences starts
    const starts: number[] = [];
    let words = 0;
    for (let s = first; s <= last; s++) {
      starts.push(words);
      words += countNormalWords(sentences[s]!.text);
    }
    for (const m of spans[paragraph] ?? []) {
      let k = 0;
      while (k + 1 < starts.length && starts[k + 1]! <= m.start) k += 1;
      const words = sentences[first + k]!.words;
      const at = wordAt(words, m.start - starts[k]!);
      out.push({ name: m.agreement.name, agreementId: m.agreement.id, sentence: first + k, at, last: Math.max(at, wordAt(words, m.end - starts[k]!)), confidence: m.score });
    }
    first = last + 1;
  }
  return out;
}

/** The word holding the n-th word of the sentence's normalised text. */
function wordAt(words: readonly Word[], n: number): number {
  let count = 0;
  for (const [i, w] of words.entries()) {
    count += w.normalWords;
    if (count > n) return i;
  }
  return Math.max(0, words.length - 1);
}

/**
 * Words that give another name of the agreement just named: "X, better known as Y", "X (known as
 * Y)", "X, aussi appelé Y", "X, plus connue sous le nom de Y", "X, conocido como Y" (normalised,
 * the articles before Y left out).
 */
const ALIAS_CUE = new RegExp(
  `^(?:(?:or|ou|o|i e|that is) )?(?:(?:also|better|best|more|most|commonly|often|widely|generally|usually|simply|aussi|egalement|mieux|plus|souvent|communement|tambien|mas|comunmente|mejor|simplemente) )*` +
    `(?:known as|called|referred to as|dubbed|nicknamed|short|connue?s? sous le nom de|connue?s? comme|appelee?s?|dite?s?|surnommee?s?|nommee?s?|conocid[oa]s? como|llamad[oa]s?|denominad[oa]s?|apodad[oa]s?)$`,
);
const ALIAS_ARTICLES = new Set('the le la les l el los las'.split(' '));
const MAX_ALIAS_CUE_WORDS = 7;

/**
 * One agreement for a name and the other name it is given ("X, better known as Y"): the pair is
 * read as X with Y in brackets ("X (Y)", as a title's acronym is), or as the catalog agreement
 * either of them is; the other name, when the letter uses it again, is that same agreement. Y is a
 * title found in the sentence, or the capitalised words after the cue ("known as N&P").
 */
function withAliases(sentences: readonly Sentence[], named: readonly Named[]): Named[] {
  const out: Named[] = [];
  const merged = new Set<Named>();
  const byAlias = new Map<string, Named>();
  for (const x of named) {
    if (merged.has(x)) continue;
    const later = x.agreementId === null ? byAlias.get(normalizeText(x.name)) : undefined;
    if (later) {
      out.push({ ...x, name: later.name, agreementId: later.agreementId });
      continue;
    }
    const words = sentences[x.sentence]!.words;
    const at = aliasAt(words, x.last + 1);
    const other = at === null ? undefined : named.find((y) => y !== x && y.sentence === x.sentence && y.at === at);
    if (at === null || (other && other.agreementId !== null && x.agreementId !== null && other.agreementId !== x.agreementId)) {
      out.push(x);
      continue;
    }
    const last = other ? other.last : runEnd(words, at);
    const alias = other ? other.name : nameOf(trim(words.slice(at, last + 1)));
    if (alias === '') {
      out.push(x);
      continue;
    }
    if (other) merged.add(other);
    // a catalog agreement by either name is that agreement; a new one keeps both names
    let one: Named = { ...x, name: `${x.name} (${alias.replace(/^\((.*)\)$/, '$1')})`, last };
    if (x.agreementId !== null) one = { ...x, last };
    else if (other !== undefined && other.agreementId !== null) one = { ...other, at: x.at };
    for (const n of [x.name, alias]) byAlias.set(normalizeText(n), one);
    out.push(one);
  }
  return out;
}

/** Where the other name starts after an alias cue from word i (", better known as the" Y), or null when no cue is there. */
function aliasAt(words: readonly Word[], i: number): number | null {
  // the cue opens a new phrase: after a comma, or in brackets
  if (i >= words.length || !(words[i - 1]!.post.includes(',') || words[i]!.pre.includes('('))) return null;
  for (let k = i; k < words.length && k - i < MAX_ALIAS_CUE_WORDS; k += 1) {
    if (words[k]!.capitalised && !ALIAS_ARTICLES.has(words[k]!.folded)) {
      let cueEnd = k;
      while (cueEnd > i && ALIAS_ARTICLES.has(words[cueEnd - 1]!.folded)) cueEnd -= 1;
      const cue = normalizeText(words.slice(i, cueEnd).map((w) => w.text).join(' '));
      return cue !== '' && ALIAS_CUE.test(cue) ? k : null;
    }
    if (k > i && /[,;:.!?()]/.test(words[k - 1]!.post)) return null;
  }
  return null;
}

/**
 * Capitalised noun phrases with an agreement head word that the catalog does not hold, among those
 * `kept` keeps: the test is made before the catalog is asked about the phrase.
 */
function newTitles(sentences: readonly Sentence[], catalog: CatalogSnapshot, kept: (sentence: number, at: number, last: number) => boolean): Named[] {
  const out: Named[] = [];
  sentences.forEach((s, i) => {
    if (!mayHoldTitle(s.text)) return;
    for (const title of titlesIn(s.words)) {
      if (!kept(i, title.at, title.last) || findAgreementSpans(title.name, catalog, CATALOG_SCORE).length > 0) continue;
      out.push({ ...title, agreementId: null, sentence: i, confidence: 0.8 });
    }
  });
  return out;
}

/**
 * Runs of capitalised words (small connecting words allowed inside) that contain a title head word.
 * French and Spanish titles go on in lower case after a preposition ("Charte de Bamako *pour la
 * confiance numérique*"): a title is carried on through them up to the end of the clause.
 */
function titlesIn(words: readonly Word[]): Array<{ name: string; at: number; last: number }> {
  const titles: Array<{ name: string; at: number; last: number }> = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.capitalised) {
      i += 1;
      continue;
    }
    const j = runEnd(words, i);
    let run = trim(words.slice(i, j + 1));
    const at = i + words.slice(i, j + 1).indexOf(run[0]!);
    if (isTitle(run)) {
      let k = at + run.length;
      if (!ends(run[run.length - 1]!) && (PREPOSITIONS.has(words[k]?.folded ?? '') || (SUBJECT_PREPOSITIONS.has(words[k]?.folded ?? '') && opensWithHead(run)) || adjectiveThenOf(words, k))) {
        while (k < words.length && k - (i + run.length) < MAX_TAIL_WORDS && !CLAUSE.has(words[k]!.folded) && !/^\d/.test(words[k]!.folded)) {
          k += 1;
          if (ends(words[k - 1]!)) break;
        }
        run = trim(words.slice(i, k), true);
      }
      titles.push({ name: nameOf(run), at, last: at + run.length - 1 });
    }
    i = j + 1;
  }
  return titles;
}

/**
 * Last word of the capitalised run from word i (small connecting words allowed inside). The run
 * stops before an "and"/"et"/"y" that joins two titles: "l'Appel de Paris *et de la* Convention de
 * Malabo" is two names, "Paris Call for Trust *and* Security" one.
 */
function runEnd(words: readonly Word[], i: number, limit = words.length, split = true): number {
  let j = i;
  while (j + 1 < limit && !ends(words[j]!) && (words[j + 1]!.capitalised || CONNECTORS.has(words[j + 1]!.folded))) {
    if (split && COORDINATORS.has(words[j + 1]!.folded) && isTitle(trim(words.slice(i, j + 1))) && opensTitle(words, j + 2)) break;
    j += 1;
  }
  return j;
}

/** Whether a title starts at word k, after articles and prepositions ("and *the* Budapest Convention"); read at most MAX_TITLE_WORDS ahead. */
function opensTitle(words: readonly Word[], k: number): boolean {
  while (k < words.length && !words[k]!.capitalised && CONNECTORS.has(words[k]!.folded)) k += 1;
  if (k >= words.length || !words[k]!.capitalised) return false;
  return isTitle(trim(words.slice(k, runEnd(words, k, Math.min(words.length, k + MAX_TITLE_WORDS), false) + 1)));
}
const MAX_TITLE_WORDS = 12;

const ends = (w: Word) => /[,;:.!?()"\u201c\u201d]/.test(w.post);
/** Prepositions after which a French or Spanish title carries on in lower case. */
const PREPOSITIONS = new Set('pour sur contre de para sobre contra por'.split(' '));
/**
 * English titles of treaties go on in lower case after the subject's preposition when they open
 * with their head word: "Agreement between the Government of X and ... *on cooperation in ensuring
 * international information security*" ("the Paris Call on our side" does not).
 */
const SUBJECT_PREPOSITIONS = new Set(['on', 'concerning', 'regarding']);
const opensWithHead = (run: readonly Word[]) => TITLE_WORDS.some((t) => t.every((w, k) => (run[k]?.normal ?? '') === w));
/** "Union *africaine des* télécommunications": a French or Spanish adjective after a title's noun, then its "of" */
const adjectiveThenOf = (words: readonly Word[], k: number) =>
  words[k] !== undefined && !words[k]!.capitalised && !ends(words[k]!) && !CLAUSE.has(words[k]!.folded) && GENITIVES.has(words[k + 1]?.folded ?? '');
const GENITIVES = new Set(['de', 'des', 'du', 'del', 'd']);
/** Words that open a new clause: a title's lower-case tail stops before them. */
const CLAUSE = new Set('qui que dont elle il est sont a ont fut which who that is was are were el ella es fue son que cual y et and'.split(' '));
const MAX_TAIL_WORDS = 8;
const YEAR = /^(19|20)\d\d\W*$/;

/** Without leading articles and trailing small words (and, unless `lowerTail`, trailing lower-case words). */
function trim(run: Word[], lowerTail = false): Word[] {
  let start = 0;
  let end = run.length;
  while (start < end && LEADING.has(run[start]!.folded)) start += 1;
  // a title's first word is never followed by an article: "Proponemos los Principios de Leiden",
  // "Supporting the Paris Call" begin with a verb capitalised by the sentence, not by the name
  while (start + 1 < end && LEADING.has(run[start + 1]!.folded) && !CONNECTORS.has(run[start]!.folded)) {
    start += 1;
    while (start < end && LEADING.has(run[start]!.folded)) start += 1;
  }
  // "desde 2019 en los Principios ...": a year followed by a small word dates the sentence, it opens no title ("2015 GGE report" does)
  while (start + 1 < end && YEAR.test(run[start]!.folded) && !run[start + 1]!.capitalised) {
    start += 1;
    while (start < end && (CONNECTORS.has(run[start]!.folded) || LEADING.has(run[start]!.folded))) start += 1;
  }
  // a year after a title is its date, not its name: "the Leiden Principles (2021)", "... Principles in 2021"
  while (end > start && (CONNECTORS.has(run[end - 1]!.folded) || YEAR.test(run[end - 1]!.folded) || (!lowerTail && !run[end - 1]!.capitalised))) end -= 1;
  return run.slice(start, end);
}

/**
 * A title's words as written: an elided article kept inside it ("... systèmes *d'*information"), not
 * before it ("l'Appel"); its bracketed acronym in its brackets ("Principios Andinos ... (PASCS)").
 */
const nameOf = (run: readonly Word[]) =>
  run.map((w, i) => (w.pre.includes('(') && w.post.includes(')') ? `(${w.text})` : i === 0 ? w.text : w.written)).join(' ');

function isTitle(run: readonly Word[]): boolean {
  if (run.filter((w) => w.capitalised).length < 2) return false;
  // a head word's first word is among the run's normal words, or no head word is in it: a few set lookups before the phrases are looked for
  if (!run.some((w) => HEAD_FIRSTS.has(w.normal) || (w.normal.includes(' ') && w.normal.split(' ').some((n) => HEAD_FIRSTS.has(n))))) return false;
  const padded = ` ${run.map((w) => w.normal).join(' ')} `;
  return TITLE_PHRASES.some((t) => padded.includes(t));
}
/** each title head word as it is looked for in a run's padded words */
const TITLE_PHRASES = TITLE_WORDS.map((t) => ` ${t.join(' ')} `);

/**
 * Whether titlesIn may find a title in a sentence, read without splitting it into words: a title
 * has two capitalised words or more, the first word of its head word among them. A word counts as
 * capitalised when it, or the run of letters and marks it is part of ("Tech-accord"), starts with
 * a capital or a digit.
 */
function mayHoldTitle(sentence: string): boolean {
  const capitalised = asciiCapitalised(sentence) ?? otherCapitalised(sentence);
  if (capitalised.length < 2) return false;
  let words: Set<string> | undefined;
  for (const head of new Set(capitalised)) {
    for (const t of TITLES_BY_FIRST.get(head) ?? []) if (t.length === 1 || t.every((w) => (words ??= new Set(normalizeText(sentence).split(' '))).has(w))) return true;
  }
  return false;
}
/** the title head words (their normal words) by their first word */
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const t of TITLE_WORDS) TITLES_BY_FIRST.set(t[0]!, [...(TITLES_BY_FIRST.get(t[0]!) ?? []), t]);

/**
 * The capitalised words of an ASCII sentence, lower-cased (its normal words are its runs of letters
 * and digits), in one pass over its char codes: most of a letter is lower-case ASCII, and this runs
 * on every paragraph and sentence that may be read. Null when the sentence is not ASCII.
 */
function asciiCapitalised(sentence: string): string[] | null {
  const capitalised: string[] = [];
  // whether the first word of the current run of non-space is capitalised ("Tech-accord": both are)
  let runCapital = false;
  let inRun = false;
  let i = 0;
  while (i < sentence.length) {
    const c = sentence.charCodeAt(i);
    if (c > 127) return null;
    if (WORD_CHAR[c] === 0) {
      if (SPACE[c] === 1) inRun = false;
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < sentence.length && (WORD_CHAR[sentence.charCodeAt(j)] ?? 0) !== 0) j += 1;
    const capital = c < 97;
    if (!inRun) runCapital = capital;
    inRun = true;
    if (capital || runCapital) capitalised.push(sentence.slice(i, j).toLowerCase());
    i = j;
  }
  return capitalised;
}
/** ASCII char code -> 1 for white space (JS `\s`: tab, line feed, vertical tab, form feed, carriage return, space) */
const SPACE = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) SPACE[c] = 1;

/**
 * The capitalised words of other text, normalised: only the runs of non-space with a capital or a
 * digit are read, each split into its runs of letters, marks and digits. Empty when no word of
 * the sentence is the first word of a title head word.
 */
function otherCapitalised(sentence: string): string[] {
  if (!HEAD_WORD.test(normalizeText(sentence))) return [];
  const capitalised: string[] = [];
  for (const chunk of sentence.split(SPACES).filter(hasCapitalOrDigit)) {
    // an ASCII word is its own normal form, lower-cased: the Unicode pattern and the normaliser are for the others
    const plain = !NON_ASCII.test(chunk);
    const words = (plain ? chunk.match(/[A-Za-z0-9]+/g) : chunk.match(/[\p{L}\p{M}\p{N}]+/gu)) ?? [];
    const whole = STARTS_CAPITAL.test(words[0] ?? '');
    for (const w of words) if (whole || STARTS_CAPITAL.test(w)) capitalised.push(plain ? w.toLowerCase() : normalizeText(w));
  }
  return capitalised;
}
const SPACES = /\s+/;
const NON_ASCII = /[^\x00-\x7f]/;
const CAPITAL = /\p{Lu}/u;

/** Whether text has an upper-case letter or a digit; a loop over char codes, since nearly every word is lower-case ASCII. */
function hasCapitalOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (c > 127 && CAPITAL.test(String.fromCodePoint(text.codePointAt(i)!))) return true;
  }
  return false;
}
const STARTS_CAPITAL = /^[\p{Lu}\d]/u;

/**
 * What each sentence does with each name it holds (proposedNames), read once per sentence. Once a
 * sentence has announced texts it puts forward without naming them ("there are two texts we think
 * you should look at"), each later sentence that introduces a name as the next of the list ("The
 * first is X", "Another is Y") puts that name forward.
 */
function rolesOf(sentences: readonly Sentence[], named: readonly Named[]): Map<Named, Role> {
  const roles = new Map<Named, Role>();
  const bySentence = new Map<number, Named[]>();
  for (const x of named) bySentence.set(x.sentence, [...(bySentence.get(x.sentence) ?? []), x]);
  const list = new AnnouncedList();
  sentences.forEach((sentence, s) => {
    list.enter(sentence.paragraph);
    const names = bySentence.get(s);
    if (!names) {
      list.announce(sentence);
      return;
    }
    const found = proposedNames(sentence, names);
    const introduced = list.open() ? introducedName(sentence, names) : null;
    if (introduced !== null) list.introduced();
    if (introduced !== null && found[introduced] === 'named') found[introduced] = 'proposed';
    found.forEach((role, k) => roles.set(names[k]!, role));
  });
  return roles;
}

/**
 * The list a letter has announced and not yet given: open from the announcing sentence until as
 * many names as it counted are introduced, or until a later paragraph introduces none.
 */
class AnnouncedList {
  private left = 0;
  private paragraph = -1;
  private introducedHere = true;

  announce(sentence: Sentence): void {
    const list = this.open() ? null : announcesProposals(sentence);
    if (!list) return;
    this.left = list.count ?? Number.POSITIVE_INFINITY;
    this.introducedHere = true;
  }

  /** a new paragraph: the one before it, if it gave no item, ends the list */
  enter(paragraph: number): void {
    if (paragraph === this.paragraph) return;
    if (!this.introducedHere) this.left = 0;
    this.paragraph = paragraph;
    this.introducedHere = !this.open();
  }

  open(): boolean {
    return this.left > 0;
  }

  introduced(): void {
    this.left -= 1;
    this.introducedHere = true;
  }
}
