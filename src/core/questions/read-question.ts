import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Category, NormElement } from '../taxonomy/norm-element.js';
import { findAgreementSpans, type AgreementMatchSpan } from '../text/find-agreements.js';
import { findElementIds } from '../text/find-element-ids.js';
import { findElements, type ElementMatch } from '../text/find-elements.js';
import { citedLetters, findGgeNorms, type GgeNormMatch } from '../text/find-gge-norms.js';
import { findUnknownAgreementNames, toUnknownAgreementName, type UnknownAgreementName } from '../text/find-unknown-agreement-names.js';
import type { AgreementFilters } from './agreement-filters.js';
import { readFilters } from './read-filters.js';
import { readYearRange } from './read-year-range.js';
import { readAsks, type Asks } from './reading/read-asks.js';
import { readConvener } from './reading/read-convener.js';
import { findNegationCues } from './reading/read-polarity.js';
import { categoryNegated, readTopics, type TopicReading } from './reading/read-topics.js';
import { normalizeText } from '../text/normalize-text.js';
import { findSpans, overlaps, readQuestionWords, type WordSpan } from './reading/question-words.js';

export type { Asks } from './reading/read-asks.js';

/**
 * A question read into its parts, each with the words it came from: what it asks (`asks`), the
 * topics (norm elements, included or excluded), agreements named, GGE norms, and the constraints
 * on parties, binding status, years and maintainer (`filters`). Answers are routed on it, say it
 * back ("Read as: ..."), and a follow-up refines it (refineReading).
 */
export interface ReadQuestion {
  /** normalised text */
  text: string;
  /** agreements named, best first (score >= 0.6) */
  agreements: AgreementMatchSpan[];
  /** elements asked for (outside agreement names), best first, ids written as "2.5" first */
  elements: ElementMatch[];
  /** every topic read, with its polarity; excluded ones are also in filters.withoutElements */
  topics: TopicReading[];
  ggeNorms: GgeNormMatch[];
  /** letters cited as "13(f)" or "norm f" */
  ggeLetters: string[];
  /** a GGE norm is referred to as a norm ("the CERT norm", "GGE norm on ..."), not just its topic */
  ggeNormNamed: boolean;
  filters: AgreementFilters;
  /** a category named as a whole ("the restraint norms") */
  category: Category | undefined;
  /** a category negated as a whole ("agreements without any restraint norms"): its elements are in filters.withoutElements */
  excludedCategory?: Category;
  asks: Asks;
  /** names that look like agreements but match none in the catalog */
  unknownNames: UnknownAgreementName[];
  /** a convener asked about ("what has the Council of Europe agreed") that maintains nothing in the catalog */
  unknownConvener?: string;
  /** the question asks what a convener agreed ("what has the G7 agreed?"): the convener is its subject */
  convenerAsked?: boolean;
  /** a follow-up's reference to agreements of the previous answer ("the first two") */
  picks?: { ids: number[]; label: string };
  /** set when this reading refines the previous one in a conversation */
  followUp?: { previousQuestion: string };
}

/** An agreement named this well is what the question is about (partial names score 0.5-0.8). */
export const NAMED_AGREEMENT_SCORE = 0.6;

export function readQuestion(question: string, catalog: CatalogSnapshot, now: Date): ReadQuestion {
  const q = readQuestionWords(question);
  const text = q.text;
  const asks = readAsks(text);
  const yearRange = readYearRange(text, now);
  const years = yearRange ? findSpans(text, new RegExp(`\\b${yearRange.words}\\b`))[0] : undefined;
  // in "which agreements cover DNS abuse?" a partial name ("DNS Abuse Framework") is the topic, not the subject
  const minScore = asks.forList ? 0.9 : NAMED_AGREEMENT_SCORE;
  // "between 2019 and 2021" is a range of years, not the "2019-2021 GGE"
  // matches below NAMED_AGREEMENT_SCORE are used nowhere (findUnknownAgreementNames takes 0.6 too): not looked for
  const allMatches = findAgreementSpans(question, catalog, NAMED_AGREEMENT_SCORE);
  let agreements = allMatches.filter((m) => m.score >= minScore && !(years && m.start >= years.start && m.end <= years.end));
  const named = (i: number) => agreements.some((a) => i >= a.start && i <= a.end);
  const cues = findNegationCues(q, named);
  const convener = readConvener({ question, q, catalog, agreements, cues, forList: asks.forList });
  const convenerSpan: WordSpan | undefined = convener.maintainer ?? convener.unknown;
  // "what has the OSCE agreed": the organisation, not the OSCE's agreement; "the SCO agreements": its texts, not the "SCO Agreement"
  if (convenerSpan) agreements = agreements.filter((a) => (a.score >= 0.9 && !convener.maintainer?.bodyTexts) || !overlaps(a, convenerSpan));
  // "which GGE reports ...", like "what has the G7 agreed", asks for a list of the body's texts
  if (convener.asksWhatAgreed || convener.maintainer?.bodyTexts) asks.forList = true;
  // words inside an agreement's or convener's name are not read as topics ("Paris Call for Trust", "Internet Society");
  // a placeholder keeps every word's position
  const residual = q.words.map((w, i) => (named(i) || (convenerSpan && i >= convenerSpan.start && i <= convenerSpan.end) ? '0' : w)).join(' ');
  const ids = findElementIds(question, catalog).map((element) => ({ element, score: 1, matched: element.id }));
  const byText = dropAbsorbed(q.words, keepStrongest(findElements(residual, catalog).filter((m) => !ids.some((i) => i.element.id === m.element.id))));
  // a negation inside an element's own words is that element ("non-state actors", "no attacks on infrastructure")
  const inElement = (i: number) => named(i) || byText.some((m) => m.start !== undefined && m.end !== undefined && i >= m.start && i <= m.end);
  const topicCues = findNegationCues(q, inElement);
  const topics = readTopics(q, byText, topicCues, catalog.elements);
  const category = findCategory(residual, catalog);
  const categoryExcluded = category !== undefined && categoryNegated(q, category, topicCues);
  const excluded = [
    ...topics.filter((t) => t.polarity === 'exclude').flatMap((t) => t.elements),
    ...(category && categoryExcluded ? catalog.elements.filter((e) => e.categoryId === category.category.id) : []),
  ];
  const filters = readFilters(q, now, { addedToCatalog: asks.added, cues: topicCues, reserved: inElement });
  if (convener.maintainer) {
    const { words, label, exclude, ids, region } = convener.maintainer;
    filters.maintainer = { words, label, exclude, ids, ...(region ? { region } : {}) };
  }
  if (excluded.length > 0) filters.withoutElements = { ids: excluded.map((e) => e.id), label: withoutLabel(topics, category && categoryExcluded ? category.category : undefined) };
  const ggeLetters = citedLetters(question);
  return {
    text,
    agreements,
    elements: [...ids, ...asRead(byText, topics)],
    topics,
    ggeNorms: findGgeNorms(residual, catalog),
    ggeLetters,
    ggeNormNamed: ggeLetters.length > 0 || /\bnorm\b(?! elements?\b)/.test(residual) || (asks.gge && /\bnorms?\b/.test(text)),
    filters,
    category: categoryExcluded ? undefined : category?.category,
    ...(category && categoryExcluded ? { excludedCategory: category.category } : {}),
    asks,
    unknownNames: unknownNamesOf(question, catalog, allMatches, convener.text?.name),
    ...(convener.unknown ? { unknownConvener: convener.unknown.name } : {}),
    ...(convener.asksWhatAgreed ? { convenerAsked: true } : {}),
  };
}

/**
 * The included elements, in the matches' order; a topic its framing read as an element its words do
 * not name ("help each other when critical infrastructure is attacked": 4.3, not 2.1) stands where its words matched.
 */
function asRead(matches: readonly ElementMatch[], topics: readonly TopicReading[]): ElementMatch[] {
  const out: ElementMatch[] = [];
  for (const m of matches) {
    const topic = topics.find((t) => t.polarity === 'include' && t.start === (m.start ?? 0) && t.end === (m.end ?? m.start ?? 0));
    const read = !topic ? [] : topic.elements.includes(m.element) ? [m] : topic.elements.filter((e) => !matches.some((x) => x.element === e)).map((element) => ({ ...m, element }));
    out.push(...read.filter((r) => !out.some((o) => o.element === r.element)));
  }
  return out;
}

/** Names that look like agreements' and match none, with a text's name read from its place ("what does X say?") if no other read it. */
function unknownNamesOf(question: string, catalog: CatalogSnapshot, matches: readonly AgreementMatchSpan[], textName: string | undefined): UnknownAgreementName[] {
  const found = findUnknownAgreementNames(question, catalog, matches);
  const inFound = (name: string) => found.some((u) => normalizeText(u.name).includes(normalizeText(name)) || normalizeText(name).includes(normalizeText(u.name)));
  return textName && !inFound(textName) ? [...found, toUnknownAgreementName(textName, catalog)] : found;
}

const CATEGORY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\brights and freedoms\b/, '1'],
  [/\binformation security and resilience\b/, '2'],
  [/\breliability of products\b|\bproduct reliability\b/, '3'],
  [/\bcooperation and assistance\b/, '4'],
  [/\brestraint\b/, '5'],
  [/\btechnical operational\b|\boperational\b/, '6'],
];

/** A category named as a whole: "the restraint norms", "category 3", with the words it was read from. */
function findCategory(residual: string, catalog: CatalogSnapshot): (WordSpan & { category: Category }) | undefined {
  for (const [re, id] of [[/\bcategory ([1-6])\b/, undefined] as const, ...CATEGORY_WORDS]) {
    const span = findSpans(residual, re)[0];
    const category = span && catalog.categories.find((c) => c.id === (id ?? span.groups[0]));
    if (span && category) return { start: span.start, end: span.end, category };
  }
  return undefined;
}

/** "not covering personal data or any element of category 5 (restraint on ...)": what the agreements must not cover. */
function withoutLabel(topics: readonly TopicReading[], category: Category | undefined): string {
  const names = topics.filter((t) => t.polarity === 'exclude').flatMap((t) => t.elements.map((e) => e.name.toLowerCase()));
  const whole = category ? [`any element of category ${category.id} (${category.name.toLowerCase()})`] : [];
  return `not covering ${[...names, ...whole].join(' or ')}`;
}

/**
 * Drops a one-word match that another element's match next to it takes into its phrase: in
 * "cybercrime cooperation" the law enforcement element (4.2), whose phrases use "cooperation"
 * ("law enforcement cooperation"), is named, not also general cooperation (4.1); so in "cooperation
 * on cybercrime". Two matches that
 * could each take the other in stay: the words do not tell.
 */
function dropAbsorbed(words: readonly string[], matches: ElementMatch[]): ElementMatch[] {
  // next to it, or before it with a preposition between ("cooperation on cybercrime")
  const beside = (a: ElementMatch, b: number) => b === (a.end ?? -2) + 1 || b === (a.start ?? -2) - 1 || (b === (a.start ?? -3) - 2 && LINKS.has(words[b + 1] ?? ''));
  const absorbs = (a: ElementMatch, b: ElementMatch) =>
    a.element !== b.element && b.start !== undefined && b.start === b.end && beside(a, b.start) && vocabularyOf(a.element).has(normalizeText(b.matched));
  return matches.filter((b) => !matches.some((a) => absorbs(a, b) && !absorbs(b, a)));
}

const LINKS = new Set(['on', 'against', 'in', 'for', 'of', 'to']);

const vocabularies = new WeakMap<NormElement, ReadonlySet<string>>();

/** The words of an element's name and synonyms. */
function vocabularyOf(e: NormElement): ReadonlySet<string> {
  let words = vocabularies.get(e);
  if (!words) vocabularies.set(e, (words = new Set([e.name, ...e.synonyms].flatMap((p) => normalizeText(p).split(' ')))));
  return words;
}

/** Drops weak side matches ("trust" at 0.85 next to "supply chain integrity" at 1). */
function keepStrongest(matches: ElementMatch[]): ElementMatch[] {
  const top = matches[0]?.score ?? 0;
  return matches.filter((m) => m.score >= top - 0.2);
}
