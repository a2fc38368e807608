import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Reply } from '../reply/reply.js';
import type { GgeNorm, NormElement } from '../taxonomy/norm-element.js';
import { findAgreements, isYear, type AgreementMatchSpan } from '../text/find-agreements.js';
import { findUnknownNames } from '../text/find-unknown-names.js';
import { normalizeText } from '../text/normalize-text.js';
import { hasFilters } from './agreement-filters.js';
import { answerAgreementBreadth } from './answer-agreement-breadth.js';
import { answerAgreementCoverage } from './answer-agreement-coverage.js';
import { answerAgreementList } from './answer-agreement-list.js';
import { answerAgreementsForElement } from './answer-agreements-for-element.js';
import { answerAgreementsForGgeNorm } from './answer-agreements-for-gge-norm.js';
import { answerCategory } from './answer-category.js';
import { answerComparison, MAX_COMPARED } from './answer-comparison.js';
import { answerElementDefinition } from './answer-element-definition.js';
import { answerFrequency } from './answer-frequency.js';
import { answerGgeNorms } from './answer-gge-norms.js';
import { answerHelp } from './answer-help.js';
import { answerNotInCatalog } from './answer-not-in-catalog.js';
import { answerTaxonomy } from './answer-taxonomy.js';
import { answerTrends } from './answer-trends.js';
import { answerUnverifiedLinks } from './answer-unverified-links.js';
import { answerWhoIsBehind } from './answer-who-is-behind.js';
import { checkQuestionReadable, FOREIGN_NOTE, FOREIGN_REFUSAL, looksForeign } from './check-question-readable.js';
import { readComparedAgreements, readKnownCompared } from './read-compared-agreements.js';
import { BPF_CONTRIBUTION_ADDRESS } from './contribution-address.js';
import { shortNameOf } from './describe-agreement.js';
import { withParagraphUnderHeading } from './make-reply.js';
import { readQuestion, type ReadQuestion } from './read-question.js';
import { withRegionNote } from './region-note.js';
import { withBpfPriority } from './bpf-priority-note.js';
import { describeReading, withReading } from './reading/describe-reading.js';
import { hasAgreementWord } from './reading/question-vocabulary.js';
import { refineReading, type PreviousAnswer } from './reading/refine-reading.js';

export interface AnswerOptions {
  /** where members propose agreements (NORMBOT_CONTRIBUTION_ADDRESS); default: the BPF's call for contributions */
  contributionAddress?: string;
  /** the previous answer in the same conversation: a follow-up ("only since 2018") refines it */
  previous?: PreviousAnswer;
}

/** An answer with the reading it rests on (undefined for empty or unreadable input). */
export interface ReadAnswer {
  reply: Reply;
  reading: ReadQuestion | undefined;
}

/**
 * Answers a member's question from the catalog alone: a pure function of (question, catalog, now,
 * options). Never throws: an unreadable question gets help, an unknown subject an honest "not in
 * the catalog".
 */
export function answerQuestion(question: string, catalog: CatalogSnapshot, now: Date, options: AnswerOptions = {}): Reply {
  return answerWithReading(question, catalog, now, options).reply;
}

export function answerWithReading(question: string, catalog: CatalogSnapshot, now: Date, options: AnswerOptions = {}): ReadAnswer {
  const raw = typeof question === 'string' ? question : '';
  try {
    const problem = checkQuestionReadable(raw, normalizeText(raw.slice(0, 2_000)));
    if (problem) return { reply: answerHelp(catalog, problem, raw.trim() === '' ? 'help' : 'unknown'), reading: undefined };
    const read = readQuestion(raw, catalog, now);
    const reading = (options.previous && refineReading(options.previous, read, raw)) || read;
    const foreign = looksForeign(read.text);
    if (foreign && !readsSubject(read)) return { reply: answerHelp(catalog, FOREIGN_REFUSAL, 'unknown'), reading: undefined };
    const byRegion = withRegionNote(route(raw, reading, catalog, options), catalog, reading.filters.maintainer);
    const routed = withBpfPriority(byRegion, catalog, reading.text, reading.asks.forList, reading.filters);
    const reply = foreign ? withReading(routed, FOREIGN_NOTE) : routed;
    return { reply: ['help', 'unknown', 'out-of-scope'].includes(reply.intent) ? reply : withReading(reply, describeReading(reading)), reading };
  } catch (error) {
    // a bug must not take the chat down; the reply says what to do instead
    return { reply: answerHelp(catalog, `Sorry, I could not answer that (${error instanceof Error ? error.message.slice(0, 120) : 'unexpected error'}). Try rephrasing.`, 'unknown'), reading: undefined };
  }
}

function route(question: string, rq: ReadQuestion, catalog: CatalogSnapshot, options: AnswerOptions): Reply {
  const { asks, filters } = rq;
  const named = distinctAgreements(rq.agreements);
  const elements = focusElements(rq, catalog);
  const strong = named.filter((m) => m.score >= 0.9);
  const picked = (rq.picks?.ids ?? []).flatMap((id) => catalog.agreementById.get(id) ?? []);
  if (picked.length > 0 && named.length === 0) {
    if (asks.compare && picked.length >= 2) return answerComparison(catalog, picked);
    if (asks.who) return answerWhoIsBehind(catalog, picked.slice(0, MAX_COMPARED));
    if (picked.length === 1 && picked[0]) return answerAgreementCoverage({ catalog, agreement: picked[0], askedElements: elements, alsoMatched: [] });
  }
  const listWithTopic = asks.forList && (elements.length > 0 || hasFilters(filters));
  // a name that looks like an agreement the catalog does not hold is answered as such, never with something else
  const unknown = rq.unknownNames[0];
  if (unknown && asks.compare) {
    const known = readKnownCompared(question, catalog, rq.unknownNames.map((u) => u.name));
    if (known.length > 0) return withUnknownCompared(compareKnown(catalog, known, elements), rq.unknownNames.map((u) => u.name), known, options);
  }
  if (unknown && (asks.compare || (strong.length === 0 && !(asks.forList && elements.length > 0)))) {
    return answerNotInCatalog(catalog, question, rq.unknownNames.map((u) => u.name).join(', '), 'name', { nearest: unknown.nearest, contributionAddress: options.contributionAddress });
  }
  if (rq.unknownConvener && strong.length === 0) return answerNotInCatalog(catalog, question, rq.unknownConvener, 'convener', { contributionAddress: options.contributionAddress });
  if (asks.help && named.length === 0 && elements.length === 0) return answerHelp(catalog);
  // "more popular over time" is a trend, not a ranking
  if (asks.frequency && !asks.trend) return answerFrequency(catalog, filters, asks.least);
  if (asks.trend && !listWithTopic && named.length === 0) {
    const want = asks.rising && !asks.declining ? 'rising' : asks.declining && !asks.rising ? 'declining' : 'both';
    return answerTrends({ catalog, filters, focus: elements, want });
  }
  if (named.length >= 2 && (asks.compare || (strong.length >= 2 && !asks.forList))) {
    const byPart = readComparedAgreements(question, catalog);
    return answerComparison(catalog, byPart.length >= 2 ? byPart : [...named].sort((a, b) => a.start - b.start).map((m) => m.agreement));
  }
  const best = named[0];
  if (best && asks.who && !listWithTopic) return answerWhoIsBehind(catalog, [best.agreement]);
  if (!best && rq.ggeNormNamed && (asks.forList || asks.reflect)) {
    const norms = ggeNormsAsked(rq, catalog);
    if (norms.length > 0) return answerAgreementsForGgeNorm(catalog, norms, filters);
  }
  if (wantsGgeNorms(rq, elements, catalog)) return answerGgeNorms(catalog, ggeNormsAsked(rq, catalog));
  // "what do states say about attribution?": a topic only a GGE norm has (13(b)) is answered with that norm, not ignored
  const normOnly = !best && elements.length === 0 && !rq.category && rq.topics.length === 0 ? rq.ggeNorms.filter((m) => m.score >= 0.85).map((m) => m.norm) : [];
  if (normOnly.length > 0) return asks.forList ? answerAgreementsForGgeNorm(catalog, normOnly, filters) : answerGgeNorms(catalog, normOnly);
  if (best && !listWithTopic) {
    const also = best.score < 0.9 ? named.slice(1).filter((m) => m.score >= best.score - 0.1).map((m) => m.agreement) : [];
    return answerAgreementCoverage({ catalog, agreement: best.agreement, askedElements: elements, alsoMatched: also });
  }
  // "What does NIS2 say about incident response?": a capitalised name the catalog does not know is what is asked about
  const strangers = findUnknownNames(question, catalog);
  const aboutIt = elements.length === 0 ? !hasFilters(filters) : !asks.forList && /\b(?:tell me about|what does|what is|what s|who)\b/.test(rq.text);
  if (strangers.length > 0 && aboutIt && !filters.maintainer) {
    if (elements.length === 0 && asksWhatSomethingIs(rq.text) && !namesAgreement(subjectOf(question))) return answerOutOfScope(catalog, subjectOf(question));
    return answerNotInCatalog(catalog, question, strangers.join(', '), 'name', { contributionAddress: options.contributionAddress });
  }
  if (rq.category && elements.length === 0) {
    if (!asks.forList) return answerCategory(catalog, rq.category);
    const members = catalog.elements.filter((e) => e.categoryId === rq.category?.id);
    return answerAgreementsForElement({ catalog, elements: members, filters, mode: 'any', showMaintainer: asks.who });
  }
  if (elements.length > 0 && asks.definition && !asks.forList) return answerElementDefinition(catalog, elements.slice(0, 3));
  if (elements.length > 0) return answerAgreementsForElement({ catalog, elements, filters, mode: joinMode(rq), groups: elementGroups(rq, elements), showMaintainer: asks.who });
  if (asks.taxonomy) return answerTaxonomy(catalog);
  if (asks.breadth) return answerAgreementBreadth(catalog, filters, asks.least || /\b(?:fewest|only one|narrowest)\b/.test(rq.text));
  if (asks.unverified) return answerUnverifiedLinks(catalog, filters);
  const topic = unreadTopic(rq);
  if (topic && !hasFilters(filters)) return answerNotInCatalog(catalog, question, topic, 'topic');
  if (hasFilters(filters) || asks.forList || asks.added || asks.oldest || asks.newest) {
    const pick = asks.oldest ? 'oldest' : asks.newest ? 'newest' : asks.added && !filters.addedSince ? 'latest additions' : 'all';
    return answerAgreementList(catalog, filters, pick);
  }
  if (asks.definition || /\babout\b/.test(rq.text)) {
    const subject = subjectOf(question);
    if (!namesAgreement(subject)) return answerOutOfScope(catalog, subject);
    return answerNotInCatalog(catalog, question, subject, 'name', { contributionAddress: options.contributionAddress });
  }
  return answerHelp(catalog, `I could not match "${question.trim().slice(0, 80)}" to an agreement, a norm element or a kind of question I know.`, 'unknown');
}

/**
 * Whether what a question asks about is an agreement: "the Kestrel Accord", "the Pact for the Future"
 * are, by their title words; "NIS2", "ISO 27001" are, by a designation (letters with a number, as
 * laws and standards are cited); "the capital of France", "the weather in Geneva" are not, and are no
 * text missing from the catalog either.
 */
function namesAgreement(subject: string): boolean {
  return hasAgreementWord(normalizeText(subject)) || hasDesignation(subject);
}

/** "NIS2", "ISO 27001", "ETSI EN 303 645": a word of letters and digits, or a capitalised acronym before a number. */
function hasDesignation(subject: string): boolean {
  const words = subject.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.some((w, i) => (/\p{L}/u.test(w) && /\p{N}/u.test(w)) || (/^\p{Lu}{2,}$/u.test(w) && /^\p{N}+$/u.test(words[i + 1] ?? '')));
}

/** "what is X?", "tell me about X": asks what something is ("what does X say?" asks about a text). */
function asksWhatSomethingIs(text: string): boolean {
  return /^(?:what (?:is|are|s)|whats|tell me about|who (?:is|are)|explain|describe)\b/.test(text);
}

/** A question about something else than the catalog: said politely, with what can be asked. */
function answerOutOfScope(catalog: CatalogSnapshot, subject: string): Reply {
  const reason = `I answer questions about the ${catalog.agreements.length} cybersecurity norms agreements in the catalog and their norm elements; "${subject}" is not one of them, so I cannot answer that. Here is what I can answer.`;
  return answerHelp(catalog, reason, 'out-of-scope');
}

/** A comparison of the catalog agreements named; one alone is shown as such. */
function compareKnown(catalog: CatalogSnapshot, known: readonly Agreement[], elements: readonly NormElement[]): Reply {
  const [only] = known;
  return known.length === 1 && only ? answerAgreementCoverage({ catalog, agreement: only, askedElements: elements, alsoMatched: [] }) : answerComparison(catalog, known);
}

/** The comparison with the names it could not compare, since the catalog lacks them, said first. */
function withUnknownCompared(reply: Reply, unknown: readonly string[], known: readonly Agreement[], options: AnswerOptions): Reply {
  const names = `${unknown.map((n) => `"${n}"`).join(' and ')} ${unknown.length === 1 ? 'is' : 'are'} not in the catalog`;
  const shown = known.length === 1 ? `there is nothing to compare with: here is the ${shortNameOf(known[0]!)} alone` : `I compare only ${joinNames(known.map(shortNameOf))}`;
  const address = options.contributionAddress ?? BPF_CONTRIBUTION_ADDRESS;
  return withParagraphUnderHeading(reply, `${names}, so ${shown}. If it is a cybersecurity norms agreement, propose it for the catalog by e-mail to ${address}.`);
}

/** "A, B and C" */
function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Whether a question names something the catalog knows: an agreement, a topic, a category, a GGE norm or a convener. */
function readsSubject(rq: ReadQuestion): boolean {
  return rq.agreements.length > 0 || rq.topics.length > 0 || rq.elements.length > 0 || rq.category !== undefined || rq.excludedCategory !== undefined || rq.ggeLetters.length > 0 || rq.filters.maintainer !== undefined;
}

/** Drops a weaker match read from words inside a stronger one's span ("UN GGE" of "UN GGE 2015"). */
function distinctAgreements(matches: readonly AgreementMatchSpan[]): AgreementMatchSpan[] {
  const kept: AgreementMatchSpan[] = [];
  for (const m of matches) {
    // inside means its words are the stronger one's: "the GGE 2015 and the OEWG 2021 reports" holds the OEWG between the GGE's words
    if (!kept.some((k) => m.start >= k.start && m.end <= k.end && m.positions.every((p) => k.positions.includes(p)))) kept.push(m);
  }
  return kept;
}

/** The elements a question is about; a GGE norm named in it narrows them to that norm's elements. */
function focusElements(rq: ReadQuestion, catalog: CatalogSnapshot): NormElement[] {
  const elements = rq.elements.map((m) => m.element);
  const norms = rq.asks.gge || rq.ggeLetters.length > 0 ? ggeNormsAsked(rq, catalog) : [];
  const narrowed = elements.filter((e) => norms.some((n) => n.elements.includes(e.id)));
  if (narrowed.length > 0) return narrowed;
  // "which agreements cover 13(k)?", "does the Tech Accord reflect 13(j)?" ask about the elements the norm maps to
  if (elements.length === 0 && (rq.asks.forList || rq.ggeLetters.length > 0)) return norms.flatMap((n) => n.elements.flatMap((id) => catalog.elementById.get(id) ?? []));
  return elements;
}

function wantsGgeNorms(rq: ReadQuestion, elements: readonly NormElement[], catalog: CatalogSnapshot): boolean {
  if (rq.asks.forList && elements.length > 0) return false;
  // an agreement named in full is what is asked about, unless it is the GGE report itself ("the 11 UN norms")
  const report = ggeReport(catalog);
  if (rq.agreements.some((m) => (m.score >= 0.9 || namedWithYear(rq, m)) && m.agreement !== report)) return false;
  // "norm elements" are the taxonomy's elements, not the GGE's norms
  return rq.ggeLetters.length > 0 || (rq.asks.gge && /\bnorms?\b(?! elements?\b)/.test(rq.text));
}

/**
 * "the 2021 GGE report": an agreement named with a year its name has is that text, however little
 * else of its name is written (the year already counts against the other GGE reports).
 */
function namedWithYear(rq: ReadQuestion, m: AgreementMatchSpan): boolean {
  const words = rq.text.split(' ');
  return m.positions.some((p) => isYear(words[p] ?? ''));
}

const reports = new WeakMap<CatalogSnapshot, Agreement | null>();

/** The UN GGE 2015 report in the catalog, found once per snapshot. */
function ggeReport(catalog: CatalogSnapshot): Agreement | undefined {
  if (!reports.has(catalog)) reports.set(catalog, findAgreements('UN GGE 2015 A/70/174', catalog).find((m) => m.score >= 0.9)?.agreement ?? null);
  return reports.get(catalog) ?? undefined;
}

/** Norms cited by letter, else those mapping the elements named ("the GGE norm on CERTs"), else by their own words. */
function ggeNormsAsked(rq: ReadQuestion, catalog: CatalogSnapshot): GgeNorm[] {
  const cited = catalog.ggeNorms.filter((n) => rq.ggeLetters.includes(n.letter));
  if (cited.length > 0) return cited;
  const viaElements = catalog.ggeNorms.filter((n) => rq.elements.some((m) => n.elements.includes(m.element.id)));
  if (viaElements.length > 0) return viaElements.slice(0, 3);
  const top = rq.ggeNorms[0]?.score ?? 0;
  return rq.ggeNorms.filter((m) => m.score >= top - 0.1).slice(0, 3).map((m) => m.norm);
}

/** Elements read from the same words form one group: "CERTs" is 2.5 or 5.7, not both. */
function elementGroups(rq: ReadQuestion, elements: readonly NormElement[]): NormElement[][] {
  const groups = rq.topics.filter((t) => t.polarity === 'include').map((t) => t.elements.filter((e) => elements.includes(e))).filter((g) => g.length > 0);
  const grouped = new Set(groups.flat());
  return [...groups, ...elements.filter((e) => !grouped.has(e)).map((e) => [e])];
}

/** "elections and human rights" asks for agreements covering both; "or", or one word for two elements, for either. */
function joinMode(rq: ReadQuestion): 'all' | 'any' {
  const distinctWords = new Set(rq.elements.map((m) => m.matched.toLowerCase())).size > 1;
  return distinctWords && /\b(?:and|both|as well as|together with|plus|all of)\b/.test(rq.text) && !/\bor\b/.test(rq.text) ? 'all' : 'any';
}

/**
 * The topic of "which agreements cover X?" when X was read as nothing known: answering with the
 * whole catalog would pretend every agreement covers it.
 */
function unreadTopic(rq: ReadQuestion): string | undefined {
  if (!rq.asks.forList || rq.topics.length > 0) return undefined;
  const m = /\b(?:about|on|cover|covers|covering|mention|mentions|mentioning|address|addresses|addressing|regarding|concerning|deal with|deals with|talk about|protect|protects|include|includes)\s+(?:the\s+)?(.+)$/.exec(rq.text);
  const words = (m?.[1] ?? '').split(' ').filter((w) => w.length > 2 && !/^(?:which|what|there|any|all|catalog|catalogue|were|was|are|is|launched|adopted|signed|agreements?|texts?|ones?)$/.test(w));
  return words.length > 0 ? (m?.[1] ?? '').trim() : undefined;
}

function subjectOf(question: string): string {
  const m = /(?:tell me about|what(?:\s+is|\s+are|['’]s|s)|who (?:is|are)|explain|describe|about)\s+(?:the\s+)?(.+?)[?.!\s]*$/i.exec(question);
  return (m?.[1] ?? question).trim().slice(0, 80);
}
