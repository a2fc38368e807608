import type { NormElement } from '../../taxonomy/norm-element.js';
import { STOPWORDS } from '../../text/content-tokens.js';
import { normalizeText } from '../../text/normalize-text.js';
import { stemToken } from '../../text/stem-token.js';
import type { ElementMatch } from '../../text/find-elements.js';
import { cueFor, type NegationCue } from './read-polarity.js';
import { wordsOf, type QuestionWords, type WordSpan } from './question-words.js';
import { AGREEMENT_NOUNS, ASSISTANCE_WORDS, COVER_VERBS, FILLER_WORDS, PRACTICE_WORDS, RESTRAINT_WORDS } from './question-vocabulary.js';

/** The restraint category: norms not to attack, steal, spread or harm (5.x). */
const RESTRAINT_CATEGORY = '5';
/** The cooperation and assistance category: help between states (4.x). */
const ASSISTANCE_CATEGORY = '4';
/** How far before a topic a word of help frames it ("s'entraident en cas d'attaque contre une infrastructure critique"), and after it, within its clause. */
const ASSISTANCE_BEFORE = 8;
const ASSISTANCE_AFTER = 4;

export interface TopicReading extends WordSpan {
  /** elements read from the same words: either will do ("CERTs" is 2.5 capacity or 5.7 no harm) */
  elements: NormElement[];
  polarity: 'include' | 'exclude';
  /** the question's words it was read from */
  words: string;
  score: number;
}

/**
 * Topics (norm elements) with their polarity: "human rights but not personal data" includes 1.1
 * and excludes 1.2. A negation that is part of a restraint norm ("no attacks on CERTs", "states
 * should not harm ...") does not exclude the topic. Where the taxonomy has a topic twice, as a
 * practice and as a restraint (CERTs 2.5/5.7, the DNS 6.1/5.8), the words around it choose; a topic
 * framed as help between parties is the assistance element the taxonomy has for it (4.3 for critical infrastructure).
 */
export function readTopics(q: QuestionWords, matches: readonly ElementMatch[], cues: readonly NegationCue[], taxonomy: readonly NormElement[]): TopicReading[] {
  const groups = new Map<string, TopicReading>();
  for (const m of matches) {
    const start = m.start ?? 0;
    const end = m.end ?? start;
    const key = `${start}-${end}`;
    const group = groups.get(key);
    if (group) group.elements.push(m.element);
    else groups.set(key, { start, end, elements: [m.element], polarity: 'include', words: wordsOf(q.words, { start, end }), score: m.score });
  }
  const topics = [...groups.values()].sort((a, b) => a.start - b.start);
  const inTopic = (i: number) => topics.some((t) => i >= t.start && i <= t.end);
  const bridge = (w: string, i: number) => FILLER_WORDS.has(w) || COVER_VERBS.has(w) || AGREEMENT_NOUNS.has(w) || inTopic(i);
  for (const t of topics) {
    t.elements = assistanceIfFramed(q, t, inTopic, taxonomy) ?? chooseByFraming(q, t, t.elements);
    t.polarity = excludes(q, t, cueFor(q, t, cues, bridge)) ? 'exclude' : 'include';
  }
  return topics;
}

/**
 * "states should help each other when critical infrastructure is attacked": a topic framed by a word
 * of help (not one of another topic's words, as "mutual" of "mutual legal assistance") is the
 * assistance element the taxonomy has for it, if any: a cooperation and assistance element with a
 * phrase made of one of the topic's phrases and a word of help ("assistance to critical
 * infrastructure", 4.3, for 2.1). Undefined when the words or the taxonomy do not say.
 */
function assistanceIfFramed(q: QuestionWords, t: TopicReading, inTopic: (i: number) => boolean, taxonomy: readonly NormElement[]): NormElement[] | undefined {
  let framed = false;
  for (let i = Math.max(0, t.start - ASSISTANCE_BEFORE); i <= Math.min(q.words.length - 1, t.end + ASSISTANCE_AFTER); i++) {
    if (!inTopic(i) && ASSISTANCE_WORDS.has(q.words[i] ?? '') && !crossesClause(q, t, i) && !agreementHelps(q, i) && helpsAnotherParty(q, i)) framed = true;
  }
  if (!framed) return undefined;
  const forTopic = assistanceElementsOf(taxonomy);
  const assistance = [...new Set(t.elements.flatMap((e) => forTopic.get(e) ?? []))];
  return assistance.length > 0 ? assistance : undefined;
}

/** "which agreements help protect ...", "texts that help ...": the agreement helps, which is no help between parties. */
function agreementHelps(q: QuestionWords, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ['that', 'which', 'to', 'also', 'can', 'do', 'does'].includes(q.words[k] ?? '')) k--;
  return AGREEMENT_NOUNS.has(q.words[k] ?? '');
}

/**
 * Whether the help at `i` goes from one party to another: a word of help that is mutual or reflexive
 * by itself ("mutual", "s'entraider", "se ayuden"), a noun of assistance ("assistance to critical
 * infrastructure", "requests for assistance"), or one whose object, within HELPED_WITHIN words, is
 * another party ("help one another", "assist each other", "aiding other countries", "assist victims").
 * "help protect critical infrastructure", "help me protect it": the help is the protection itself.
 */
function helpsAnotherParty(q: QuestionWords, i: number): boolean {
  const word = q.words[i] ?? '';
  if (RECIPROCAL_HELP.has(word) || q.words[i - 1] === 'se' || q.words[i - 1] === 's') return true;
  for (let k = i + 1; k <= i + HELPED_WITHIN && k < q.words.length && !q.clauseStarts.has(k); k++) if (HELPED_PARTIES.has(q.words[k] ?? '')) return true;
  return false;
}

/** Words of help that say by themselves that parties help one another, or name the assistance given. */
const RECIPROCAL_HELP = new Set('mutual assistance aid requests request entraide entraider entraident ayudarse asistencia auxilio'.split(' '));
/** Whom help between parties goes to, in en, fr, es: another party, each other, the victims. */
const HELPED_PARTIES = new Set(
  `other others another each mutually one states countries governments nations partners allies victims affected
   autres mutuellement etats pays gouvernements victimes otros otras mutuamente estados paises gobiernos victimas`.split(/\s+/),
);
const HELPED_WITHIN = 3;

/** Whether a clause opens between a topic and position `i`. */
function crossesClause(q: QuestionWords, t: WordSpan, i: number): boolean {
  const [from, to] = i < t.start ? [i + 1, t.start] : [t.end + 1, i];
  for (let k = from; k <= to; k++) if (q.clauseStarts.has(k)) return true;
  return false;
}

const assistanceMaps = new WeakMap<readonly NormElement[], ReadonlyMap<NormElement, NormElement[]>>();

/** For each element outside the assistance category, the assistance elements whose phrases hold one of its phrases with a word of help; built once per taxonomy. */
function assistanceElementsOf(taxonomy: readonly NormElement[]): ReadonlyMap<NormElement, NormElement[]> {
  let map = assistanceMaps.get(taxonomy);
  if (map) return map;
  const phrases = (e: NormElement) => [e.name, ...e.synonyms].map((p) => ` ${normalizeText(p)} `);
  const helpPhrases = taxonomy
    .filter((e) => e.categoryId === ASSISTANCE_CATEGORY)
    .flatMap((e) => phrases(e).filter((p) => p.trim().split(' ').some((w) => ASSISTANCE_WORDS.has(w))).map((p) => ({ e, p })));
  const built = new Map<NormElement, NormElement[]>();
  for (const topic of taxonomy.filter((e) => e.categoryId !== ASSISTANCE_CATEGORY)) {
    const own = phrases(topic).filter((p) => p.trim() !== '');
    const helping = [...new Set(helpPhrases.filter((h) => own.some((p) => h.p.includes(p))).map((h) => h.e))];
    if (helping.length > 0) built.set(topic, helping);
  }
  assistanceMaps.set(taxonomy, (map = built));
  return map;
}

function excludes(q: QuestionWords, t: WordSpan, cue: NegationCue | undefined): boolean {
  if (!cue || cue.kind === 'not-only') return false;
  const between = q.words.slice(cue.end + 1, t.start);
  if (between.some((w) => RESTRAINT_WORDS.has(w))) return false;
  if (!cue.plain) return true;
  // a plain "not" excludes a topic only when it negates the asking ("does not cover elections")
  // or contrasts two topics ("human rights, not elections", "... but not elections")
  const before = q.words[cue.start - 1] ?? '';
  return between.some((w) => COVER_VERBS.has(w)) || q.clauseStarts.has(cue.start) || ['but', 'and', 'or'].includes(before);
}

/**
 * Of the elements read from a topic's words, those with a phrase the words near it complete:
 * "DNS" with "abuse" ("which DNS agreements cover abuse?") is "DNS abuse", network security
 * practices (6.1), not the public core (5.8), which the taxonomy also reads "DNS" as.
 */
function completedBy(q: QuestionWords, t: WordSpan, elements: readonly NormElement[], near: readonly string[]): NormElement[] {
  const own = new Set(contentStems(wordsOf(q.words, t)));
  const around = new Set(near.filter((w) => !STOPWORDS.has(w)).map(stemToken));
  const completes = (phrase: string) => {
    const words = contentStems(phrase);
    return [...own].every((w) => words.includes(w)) && words.some((w) => around.has(w) && !own.has(w)) && words.every((w) => own.has(w) || around.has(w));
  };
  return elements.filter((e) => [e.name, ...e.synonyms].some(completes));
}

function contentStems(text: string): string[] {
  return normalizeText(text).split(' ').filter((w) => w !== '' && !STOPWORDS.has(w)).map(stemToken);
}

/**
 * Of a topic read as several elements, the one its neighbours complete a phrase of; of a topic the
 * taxonomy has as practice and as restraint, the side the surrounding words frame it as; all when they do not say.
 */
function chooseByFraming(q: QuestionWords, t: WordSpan, elements: NormElement[]): NormElement[] {
  if (elements.length < 2) return elements;
  const near: string[] = [];
  for (let i = t.start - 1; i >= Math.max(0, t.start - 3) && !q.clauseStarts.has(i + 1); i--) near.push(q.words[i] ?? '');
  for (let i = t.end + 1; i <= t.end + 3 && i < q.words.length && !q.clauseStarts.has(i); i++) near.push(q.words[i] ?? '');
  const completed = completedBy(q, t, elements, near);
  if (completed.length > 0 && completed.length < elements.length) return completed;
  const restraint = elements.filter((e) => e.categoryId === RESTRAINT_CATEGORY);
  if (restraint.length === 0 || restraint.length === elements.length) return elements;
  const restraintFramed = near.some((w) => RESTRAINT_WORDS.has(w));
  const practiceFramed = near.some((w) => PRACTICE_WORDS.has(w));
  if (restraintFramed && !practiceFramed) return restraint;
  if (practiceFramed && !restraintFramed) return elements.filter((e) => e.categoryId !== RESTRAINT_CATEGORY);
  return elements;
}

/**
 * Whether a category named as a whole is negated: "agreements without any restraint norms", "which
 * have no restraint norms". Unlike an element, no category is phrased as a thing not to do, so a
 * plain "no" before its name negates it, and its own words ("restraint") frame nothing.
 */
export function categoryNegated(q: QuestionWords, span: WordSpan, cues: readonly NegationCue[]): boolean {
  const bridge = (w: string) => FILLER_WORDS.has(w) || COVER_VERBS.has(w) || AGREEMENT_NOUNS.has(w);
  const cue = cueFor(q, span, cues, bridge);
  return cue !== undefined && cue.kind === 'exclude';
}
