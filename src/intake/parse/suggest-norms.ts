import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Suggestion } from '../../core/contribution/parsed-message.js';
import type { NormElement } from '../../core/taxonomy/norm-element.js';
import { findElements } from '../../core/text/find-elements.js';
import { citedLetters, findGgeNorms } from '../../core/text/find-gge-norms.js';
import { normalizeText } from '../../core/text/normalize-text.js';
import { RESTRAINT_WORDS } from '../../core/questions/reading/question-vocabulary.js';
import { isNegatedMention } from './negated-mention.js';
import { splitSentences } from './split-sentences.js';

/** Below this a phrase match is too loose to put in front of a moderator as a suggestion. */
const MIN_SCORE = 0.7;

export interface NormSuggestions {
  normElements: Suggestion[];
  ggeNorms: Suggestion[];
}

/**
 * Norm elements and UN GGE norms a contributor's words point to, each with the sentence it came
 * from, in order of first mention; a topic the text says is not covered ("it does not cover supply
 * chain security", "no incluye la cadena de suministro") is none. Suggestions only: a moderator confirms them. The matchers run once
 * over the whole text; only a match whose words cannot be found verbatim is looked for sentence by sentence.
 */
export function suggestNorms(text: string, catalog: CatalogSnapshot): NormSuggestions {
  if (text.trim() === '') return { normElements: [], ggeNorms: [] };
  // the sentences, split and normalised only for a value the matchers find something in (most find nothing)
  let split: { sentences: string[]; normalized: string[] } | undefined;
  const sentencesOf = () => {
    if (split) return split;
    const sentences = splitSentences(text);
    return (split = { sentences, normalized: sentences.map((s) => ` ${normalizeText(s)} `) });
  };
  /** the first sentence that names the match and does not say it is not covered */
  const locate = (matched: string, inSentence: (s: string) => boolean, meant: boolean): number => {
    const { sentences, normalized } = sentencesOf();
    const words = ` ${normalizeText(matched)} `;
    const affirmed = (i: number) => meant || !isNegatedMention(sentences[i]!, matched, inSentence);
    const verbatim = words.trim() ? normalized.map((s, i) => i).filter((i) => normalized[i]!.includes(words)) : [];
    return verbatim.find(affirmed) ?? sentences.findIndex((s, i) => inSentence(s) && affirmed(i));
  };
  const suggest = <M extends { score: number; matched: string }>(
    find: (s: string) => M[],
    describe: (m: M) => { id: string; name: string },
    /** what the match means in its sentence, if anything: itself, or another element its words name there */
    read: (m: M, sentence: string) => { id: string; name: string } | undefined,
    /** a match meant whatever the words around it (a norm cited by its paragraph) */
    cited: (m: M) => boolean = () => false,
  ): Suggestion[] => {
    // the matcher runs at most once per distinct string; a one-sentence value is its own only sentence
    const memo = new Map<string, M[]>();
    const matchesIn = (s: string) => memo.get(s) ?? memo.set(s, find(s)).get(s)!;
    const found = matchesIn(text)
      .filter((m) => m.score >= MIN_SCORE)
      .map((m) => ({ m, at: locate(m.matched, (s) => matchesIn(s).some((x) => describe(x).id === describe(m).id), cited(m)) }))
      .flatMap(({ m, at }) => {
        const meant = at >= 0 ? read(m, sentencesOf().sentences[at]!) : undefined;
        return meant ? [{ ...meant, at }] : [];
      })
      .sort((a, b) => a.at - b.at);
    return found.filter((x, i) => found.findIndex((y) => y.id === x.id) === i).map(({ id, name, at }) => ({ id, name, sentence: sentencesOf().sentences[at]! }));
  };
  const restraintOnly = (ids: readonly string[]) => ids.length > 0 && ids.every((id) => catalog.elementById.get(id)?.categoryId === RESTRAINT_CATEGORY);
  const ggeNorms = suggest(
    (s) => findGgeNorms(s, catalog),
    (m) => ({ id: m.norm.id, name: m.norm.title }),
    // a norm cited by its paragraph ("13(k)") is meant whatever the words around it
    (m, sentence) => (isCitation(m.matched) || !restraintOnly(m.norm.elements) || framedAsMeant(m.matched, sentence, catalog) ? { id: m.norm.id, name: m.norm.title } : undefined),
    (m) => isCitation(m.matched),
  );
  const normElements = suggest(
    (s) => findElements(s, catalog),
    (m) => ({ id: m.element.id, name: m.element.name }),
    // "CERT/CSIRT cooperation" not framed as restraint is the practice the taxonomy has for CERTs (2.5)
    (m, sentence) => {
      // and "will not disrupt the DNS", a noun a restraint element has too, framed as that restraint, is the restraint (5.8), not the practice (6.1)
      if (!restraintOnly([m.element.id])) return vocabularyOf(catalog).restraintPhrases.has(normalizeText(m.matched)) && framedAsRestraint(m.matched, sentence) ? undefined : { id: m.element.id, name: m.element.name };
      if (framedAsMeant(m.matched, sentence, catalog)) return { id: m.element.id, name: m.element.name };
      const practice = practiceTopicOf(normalizeText(m.matched), catalog);
      return practice && { id: practice.id, name: practice.name };
    },
  );
  // no suggestion: nothing to merge or order, and no citation to read
  if (normElements.length === 0 && ggeNorms.length === 0) return { normElements, ggeNorms };
  return { normElements: withCitedNormElements(normElements, ggeNorms, citedLetters(text), sentencesOf().sentences, catalog), ggeNorms };
}

const RESTRAINT_CATEGORY = '5';
/** "13(k)": a norm cited by its paragraph */
const isCitation = (matched: string) => /^13\([a-k]\)$/.test(matched);
/**
 * Words that frame a shared noun as the restraint: the question engine's restraint words without the
 * everyday verbs among them ("we help *develop* national CSIRT capacity", "CSIRTs *use* MISP"), which
 * frame it only with a word of malice ("*use* CERTs for *malicious* activity").
 */
const EVERYDAY = new Set(['use', 'using', 'develop', 'developing', 'deploy', 'deploying', 'introduce', 'introducing', 'insert', 'inserting', 'spread', 'spreading', 'against']);
const FRAMING_WORDS = new Set([...[...RESTRAINT_WORDS].filter((w) => !EVERYDAY.has(w)), 'malicious', 'maliciously', 'misuse', 'misusing', 'abuse', 'abusing', 'harmful', 'illicit', 'unlawful']);
/** How far from the noun a framing word is looked for, in words either side. */
const FRAMING_WINDOW = 4;

/**
 * Whether words that name a restraint norm ("no harm to CERTs", 5.7; "not disrupting the DNS", 5.8)
 * mean it in this sentence. A noun the taxonomy also has for a practice element (CERTs and CSIRTs for
 * emergency response capacity, 2.5; the DNS for network practice, 6.1) means the restraint only when a
 * word of restraint frames it ("attack", "harm", "disrupt", "use ... for"): a mail that names its
 * national CSIRT, or CSIRTs sharing information, is about the practice. Phrases that are the
 * restraint's alone ("attacks on CERTs", "hack back") are meant as written.
 */
function framedAsMeant(matched: string, sentence: string, catalog: CatalogSnapshot): boolean {
  return !practiceTopicOf(normalizeText(matched), catalog) || framedAsRestraint(matched, sentence);
}

/** Whether a word of restraint stands within FRAMING_WINDOW words of the phrase in the sentence. */
function framedAsRestraint(matched: string, sentence: string): boolean {
  const phrase = normalizeText(matched);
  const words = normalizeText(sentence).split(' ');
  const first = phrase.split(' ')[0] ?? '';
  const at = words.indexOf(first);
  const near = at < 0 ? words : words.slice(Math.max(0, at - FRAMING_WINDOW), at + phrase.split(' ').length + FRAMING_WINDOW);
  return near.some((w) => FRAMING_WORDS.has(w));
}

/**
 * The practice element whose topic a restraint's phrase names, if any: one that has the phrase
 * ("CSIRTs", 2.5), or, sharing a phrase with a restraint element (2.5 and 5.7 both have "CERTs"), has
 * every word of it ("computer emergency response teams": 2.5 has "emergency response" and "response
 * teams"). "Attacks on CERTs" has a word of its own and names the restraint.
 */
function practiceTopicOf(phrase: string, catalog: CatalogSnapshot): NormElement | undefined {
  const words = phrase.split(' ').filter((w) => w !== '');
  if (words.length === 0) return undefined;
  return vocabularyOf(catalog).practices.find((v) => v.phrases.has(phrase) || words.every((w) => v.words.has(w)))?.element;
}

interface PracticeVocabulary {
  element: NormElement;
  phrases: ReadonlySet<string>;
  words: ReadonlySet<string>;
}

/**
 * The taxonomy's phrases as suggestions read them, built once per catalog: those of the restraint
 * elements ("dns" of 5.8), and those of every practice element, with the words of the ones sharing a
 * phrase with a restraint element.
 */
interface FramingVocabulary {
  restraintPhrases: ReadonlySet<string>;
  practices: readonly PracticeVocabulary[];
}

const vocabularies = new WeakMap<CatalogSnapshot, FramingVocabulary>();

function vocabularyOf(catalog: CatalogSnapshot): FramingVocabulary {
  let found = vocabularies.get(catalog);
  if (found) return found;
  const phrasesOf = (e: NormElement) => new Set([e.name, ...e.synonyms].map(normalizeText).filter((p) => p !== ''));
  const restraintPhrases = new Set(catalog.elements.filter((e) => e.categoryId === RESTRAINT_CATEGORY).flatMap((e) => [...phrasesOf(e)]));
  const practices = catalog.elements
    .filter((e) => e.categoryId !== RESTRAINT_CATEGORY)
    .map((e) => {
      const phrases = phrasesOf(e);
      const sibling = [...phrases].some((p) => restraintPhrases.has(p));
      return { element: e, phrases, words: new Set(sibling ? [...phrases].flatMap((p) => p.split(' ')) : []) };
    });
  vocabularies.set(catalog, (found = { restraintPhrases, practices }));
  return found;
}

/**
 * A GGE norm cited by its paragraph ("13(k)") points to the elements the GGE table maps it to (13(k)
 * -> 5.7), though none of their words is written; a norm found through its words or elements does
 * not (those words were matched above). Merged in order of first mention.
 */
function withCitedNormElements(found: Suggestion[], ggeNorms: Suggestion[], letters: string[], sentences: string[], catalog: CatalogSnapshot): Suggestion[] {
  const cited = new Set(letters.map((l) => `13${l}`));
  const out = [...found];
  for (const s of ggeNorms) {
    if (!cited.has(s.id)) continue;
    for (const id of catalog.ggeNorms.find((n) => n.id === s.id)?.elements ?? []) {
      const element = catalog.elementById.get(id);
      if (element && !out.some((x) => x.id === id)) out.push({ id, name: element.name, sentence: s.sentence });
    }
  }
  const at = (s: Suggestion) => sentences.indexOf(s.sentence);
  return out.map((s, i) => ({ s, i })).sort((a, b) => at(a.s) - at(b.s) || a.i - b.i).map(({ s }) => s);
}
