import type { AgreementFilters } from '../agreement-filters.js';
import { MAX_COMPARED } from '../answer-comparison.js';
import type { Asks, ReadQuestion } from '../read-question.js';
import { hasAgreementWord } from './question-vocabulary.js';

/** What a follow-up refines: the previous question, how it was read and the agreements its answer listed, in order. */
export interface PreviousAnswer {
  question: string;
  reading: ReadQuestion;
  agreementIds: readonly number[];
}

/** "those", "of which", "that list": the previous answer's agreements. */
const POINTS_BACK = /\b(?:those|these|them|of which|that list|this list|the list|above|both of them)\b/;
/**
 * "the first two", "the second", "the same": positions in the previous answer, unless the question
 * names an agreement of its own, where they belong to it ("the first UN GGE report", "the same norms as the Tech Accord")
 */
const POINTS_BACK_BY_POSITION = /\b(?:the same|the (?:first|second|third|fourth|fifth|last|latter|former|top)\b|the (?:two|three|four|five)\b|first (?:two|three|four|five)\b)/;
/** words that point back only when the question names nothing of its own ("the binding ones?", "who runs it?") */
const POINTS_BACK_WEAKLY = /\b(?:ones?|it|its|they|their|both)\b/;
/** a follow-up's first words: "and which are binding?", "only since 2018", "what about elections?" */
const CONTINUES = /^(?:and|but|also|now|ok|okay|so|then|only|just|what about|how about|same|except|excluding|without|plus|or|not|instead|rather|apart from|other than|of these|of those)\b/;
/** kinds of question about the whole catalog: they need no subject named ("help", "what is trending?") */
const WHOLE_CATALOG_ASKS: ReadonlyArray<keyof Asks> = ['help', 'taxonomy', 'frequency', 'trend', 'breadth', 'unverified'];

const ORDINALS: Readonly<Record<string, number>> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4, '1st': 0, '2nd': 1, '3rd': 2, '4th': 3, '5th': 4 };
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5 };

/** Keys of Asks that say what kind of answer is wanted (a follow-up that sets none keeps the previous kind). */
const INTENT_KEYS: ReadonlyArray<keyof Asks> = ['compare', 'who', 'frequency', 'trend', 'oldest', 'newest', 'breadth', 'taxonomy', 'unverified', 'reflect', 'definition'];

/**
 * The reading of a follow-up in a conversation: the previous reading with what the new question
 * changes ("only since 2018" replaces the years, "which of those are binding?" adds a binding
 * status and keeps to the previous answer's agreements, "compare the first two" picks them).
 * Undefined when the question stands on its own. Pure: the caller keeps the conversation.
 */
export function refineReading(previous: PreviousAnswer, next: ReadQuestion, question: string): ReadQuestion | undefined {
  // "in the last five years", "the past year": a span of time, which points back to no answer
  const text = next.text.replace(/\b(?:the )?(?:last|past|previous|final) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|couple of) )?(?:years?|months?|weeks?|days?|decades?)\b/g, ' ');
  const subject = statesSubject(next);
  // a follow-up continues ("and ...", "only ..."), points back ("those", "the first two") or is elliptical: it names a
  // constraint but no subject ("since 2018", "binding ones?"); a question naming its own subject replaces the context
  const namesOwn = next.agreements.length > 0 || next.unknownNames.length > 0;
  const pointsBack = POINTS_BACK.test(text) || (!namesOwn && POINTS_BACK_BY_POSITION.test(text)) || (!subject && POINTS_BACK_WEAKLY.test(text));
  if (!pointsBack && !CONTINUES.test(text) && subject) return undefined;
  const prev = previous.reading;
  const picks = namesOwn && !CONTINUES.test(text) ? undefined : readPicks(text, previous.agreementIds, next.asks);
  // "those" means the answer just given: a list kept from an earlier turn is not carried on
  const { within: _earlier, ...kept } = prev.filters;
  const filters: AgreementFilters = { ...kept };
  for (const key of ['parties', 'binding', 'years', 'addedSince', 'maintainer', 'withoutElements'] as const) {
    if (next.filters[key] !== undefined) Object.assign(filters, { [key]: next.filters[key] });
  }
  if (pointsBack && !picks && previous.agreementIds.length > 0) {
    filters.within = { ids: [...previous.agreementIds], label: `among the ${previous.agreementIds.length} agreements of the previous answer` };
  }
  // "what about elections?" replaces the topic; "which of those cover elections?" narrows the previous list to it
  const topicsChange = next.topics.length > 0 || next.elements.length > 0;
  const setsIntent = INTENT_KEYS.some((k) => next.asks[k]);
  // a comparison or a "who" was about the agreements picked then: what follows it is asked of the answer's list
  const { picks: _earlierPicks, ...carried } = prev;
  const prevAsks = { ...prev.asks, compare: false, who: false };
  return {
    ...carried,
    text: next.text,
    agreements: next.agreements.length > 0 ? next.agreements : picks ? [] : prev.agreements,
    elements: topicsChange ? next.elements : prev.elements,
    topics: topicsChange ? next.topics : prev.topics,
    ggeLetters: next.ggeLetters.length > 0 ? next.ggeLetters : prev.ggeLetters,
    ggeNorms: next.ggeNorms.length > 0 ? next.ggeNorms : prev.ggeNorms,
    category: next.category ?? (topicsChange ? undefined : prev.category),
    excludedCategory: next.excludedCategory ?? (topicsChange ? undefined : prev.excludedCategory),
    filters,
    asks: setsIntent ? { ...next.asks, forList: next.asks.forList || prev.asks.forList } : { ...prevAsks, forList: prev.asks.forList || next.asks.forList },
    unknownNames: next.unknownNames,
    ...(picks ? { picks } : {}),
    followUp: { previousQuestion: previous.question },
  };
}

/**
 * Whether the question says what it is about: an agreement, topic, category or GGE norm named
 * (known or not), a convener asked about ("what has the G7 agreed?"), agreements as such
 * ("agreements between 2015 and 2018"; not "ones", which stands for the previous answer's), or a
 * question about the whole catalog ("help", "which norms are trending?").
 */
function statesSubject(rq: ReadQuestion): boolean {
  const named = rq.agreements.length > 0 || rq.elements.length > 0 || rq.unknownNames.length > 0 || rq.category !== undefined || rq.ggeLetters.length > 0;
  const asked = rq.convenerAsked === true || rq.unknownConvener !== undefined || WHOLE_CATALOG_ASKS.some((k) => rq.asks[k]);
  return named || asked || hasAgreementWord(rq.text);
}

/** "the first two", "the last three", "the second one", "the first and third", "the last", "them" (with compare or who): agreements of the previous answer. */
function readPicks(text: string, ids: readonly number[], asks: Asks): ReadQuestion['picks'] {
  if (ids.length === 0) return undefined;
  const take = (positions: number[], label: string) => {
    const picked = [...new Set(positions)].filter((p) => p >= 0 && p < ids.length).map((p) => ids[p] as number);
    return picked.length > 0 ? { ids: picked, label } : undefined;
  };
  const count = /\b(?:the )?(?:first|top) (two|three|four|five|[2-5])\b|\bthe (two|three|four|five)\b/.exec(text);
  if (count) {
    const n = COUNTS[count[1] ?? count[2] ?? ''] ?? 2;
    return take([...Array(n).keys()], `the first ${n} of the previous answer`);
  }
  const lastCount = /\b(?:the )?(?:last|final|bottom) (two|three|four|five|[2-5])\b/.exec(text);
  if (lastCount) {
    const n = Math.min(COUNTS[lastCount[1] ?? ''] ?? 2, ids.length);
    return take([...Array(n).keys()].map((k) => ids.length - n + k), `the last ${n} of the previous answer`);
  }
  const ordinals = [...text.matchAll(/\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|latter|former)\b/g)].map((m) => m[1] ?? '');
  if (ordinals.length > 0 && /\bthe (?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|latter|former)\b|\b(?:first|second|third|fourth|fifth|last) one\b/.test(text)) {
    const positions = ordinals.map((o) => (o === 'last' || o === 'latter' ? ids.length - 1 : o === 'former' ? 0 : (ORDINALS[o] ?? -1)));
    return take(positions, `the ${ordinals.join(' and ')} of the previous answer`);
  }
  if ((asks.compare || asks.who) && /\b(?:them|those|these|both|they|all)\b/.test(text)) {
    return take([...Array(Math.min(ids.length, MAX_COMPARED)).keys()], `the agreements of the previous answer`);
  }
  return undefined;
}
