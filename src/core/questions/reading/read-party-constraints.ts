import type { PartiesKind } from '../../catalog/agreement.js';
import { cueFor, polarityOf, type NegationCue } from './read-polarity.js';
import { findSpans, wordsOf, type QuestionWords, type WordSpan } from './question-words.js';
import type { PartyConstraint } from '../agreement-filters.js';
import { AGREEMENT_NOUNS, ASSISTANCE_WORDS, FILLER_WORDS } from './question-vocabulary.js';

interface PartyKindPattern {
  re: RegExp;
  kinds: PartiesKind[];
  /** how the kind is said back: "industry", "industry-only", "excluding industry" */
  name: string;
}

const PARTY_KINDS: readonly PartyKindPattern[] = [
  {
    // intergovernmental includes regional organisations (EU, AU, APEC...), which are made of states
    re: /\b(?:states?|state led|governments?|governmental|intergovernmental|inter governmental|countries|nation states?)\b/,
    kinds: ['states', 'regional organisation'],
    name: 'state',
  },
  { re: /\bregional\b/, kinds: ['regional organisation'], name: 'regional organisation' },
  { re: /\b(?:industry|industries|companies|company|corporate|corporations?|private sector|business|businesses|firms?|tech companies)\b/, kinds: ['industry'], name: 'industry' },
  { re: /\b(?:multi ?stakeholders?|multistakeholder|civil society)\b/, kinds: ['multistakeholder'], name: 'multistakeholder' },
  { re: /\b(?:technical community|tech community|internet community|engineering community|network operators|technical bodies)\b/, kinds: ['technical community'], name: 'technical community' },
];

/** A party word right before one of these names a kind of party ("industry-led", "state-only"). */
const PARTY_MODIFIED = new Set(['led', 'driven', 'only', 'based', 'backed', 'run', 'sponsored', 'signed', 'parties', 'signatories', 'members', 'participants']);
/** "agreements by / signed by / among states": the preposition attaches the party to an agreement. */
const PARTY_PREPOSITIONS = new Set(['by', 'among', 'amongst', 'between', 'with', 'involving', 'including', 'from', 'of']);
const PARTY_VERBS = new Set([
  'signed', 'adopted', 'endorsed', 'agreed', 'made', 'backed', 'launched', 'issued', 'led', 'joined', 'supported', 'drafted', 'negotiated',
  'concluded', 'written', 'proposed', 'published', 'convened', 'parties', 'members', 'participants', 'signatories', 'only', 'just', 'purely',
  'exclusively', 'solely', 'involve', 'involves', 'involving', 'include', 'includes', 'including',
]);
/** "agreements that aren't from governments", "which come from industry": where the agreement comes from */
const ORIGIN_VERBS = new Set(['are', 'is', 'were', 'was', 'be', 'being', 'been', 't', 'come', 'comes', 'came', 'coming', 'originate', 'originates']);
/**
 * "theft from companies", "protect hospitals from states": the party is what the norm is about, not
 * who agreed it; so after a word of help ("aiding other countries", ASSISTANCE_WORDS).
 */
const OBJECT_WORDS = new Set([
  'from', 'against', 'on', 'of', 'to', 'toward', 'towards', 'targeting', 'target', 'targets', 'protect', 'protects', 'protecting', 'protection',
  'attack', 'attacks', 'attacking', 'harm', 'harming', 'steal', 'stealing',
  'theft', 'spy', 'spying', 'hack', 'hacking', 'defend', 'defending', 'secure', 'securing', 'threaten', 'threatening', 'threats', 'by',
]);

/**
 * "which agreements say / require / urge ...": what follows is what an agreement says, so a party
 * named there is who the norm addresses ("say companies shouldn't hack back"), not who agreed it.
 * ("What do states say" names the speakers: the party comes before the verb there.)
 */
const REPORTING_VERBS = new Set(
  `say says saying said state stated stating require requires requiring required urge urges urging ask asks asking call calls calling
   oblige obliges obliging demand demands demanding expect expects expecting tell tells telling recommend recommends recommending
   encourage encourages encouraging stipulate stipulates provide provides declare declares affirm affirms insist insists`.split(/\s+/),
);
/** "states should", "companies must not": a party before a modal is the subject of a norm. */
const NORM_MODALS = new Set(['should', 'shouldn', 'must', 'mustn', 'shall', 'shan', 'ought']);

export interface PartyMention extends WordSpan {
  constraint: PartyConstraint;
}

/**
 * Kinds of party the question asks about, each with its polarity: "industry agreements" (include),
 * "state-only" (only), "excluding industry" (exclude), "not only states" (not-only). A party that is
 * the object of a norm ("theft from companies", "protecting hospitals from states") is no
 * constraint on who agreed: it is left to the topic. `reserved` marks words read as something else.
 */
export function readPartyConstraints(q: QuestionWords, cues: readonly NegationCue[], reserved: (position: number) => boolean): PartyMention[] {
  const mentions = PARTY_KINDS.flatMap((p) => findSpans(q.text, p.re).map((s) => ({ ...s, pattern: p })))
    .filter((m) => !reserved(m.start) && !reserved(m.end) && roleOf(q, m) === 'party')
    .sort((a, b) => a.start - b.start);
  // "regional" alone is narrower than "state"; when both are asked, the state pattern covers it
  const kept = mentions.some((m) => m.pattern.name === 'state') ? mentions.filter((m) => m.pattern.name !== 'regional organisation') : mentions;
  const partyAt = (i: number) => kept.some((m) => i >= m.start && i <= m.end);
  const bridge = (w: string, i: number) => FILLER_WORDS.has(w) || PARTY_VERBS.has(w) || PARTY_PREPOSITIONS.has(w) || AGREEMENT_NOUNS.has(w) || partyAt(i);
  const out: PartyMention[] = [];
  for (const found of kept) {
    // "non-state texts", "non-governmental ones": agreements without such parties ("non-state actors", a topic, is reserved)
    const prefixed = q.words[found.start - 1] === 'non';
    // "non-governmental organisations" (NGOs), "non-state actors": parties of another kind, not states, and not their exclusion
    if (prefixed && /^(?:organi[sz]ations?|actors?|entities|entity|bodies|groups?)$/.test(q.words[found.end + 1] ?? '')) continue;
    const m = prefixed ? { ...found, start: found.start - 1 } : found;
    const only = isOnly(q, m);
    const polarity = prefixed ? 'exclude' : only && !cueFor(q, m, cues, bridge) ? 'only' : polarityOf(cueFor(q, m, cues, bridge), only);
    const words = wordsOf(q.words, m);
    const previous = out.at(-1);
    // "industry or civil society": one constraint for either kind, as the question joins them
    if (previous && previous.constraint.polarity === polarity && polarity === 'include' && joined(q, previous, m)) {
      previous.constraint = { ...previous.constraint, kinds: [...new Set([...previous.constraint.kinds, ...m.pattern.kinds])], label: `${previous.constraint.label} or ${m.pattern.name}`, words: `${previous.constraint.words} ... ${words}` };
      continue;
    }
    out.push({ start: m.start, end: m.end, constraint: { kinds: m.pattern.kinds, polarity, label: labelOf(m.pattern.name, polarity, cueFor(q, m, cues, bridge)), words } });
  }
  return out;
}

function roleOf(q: QuestionWords, m: WordSpan): 'party' | 'object' {
  const next = q.words[m.end + 1] ?? '';
  if (AGREEMENT_NOUNS.has(next) || PARTY_MODIFIED.has(next)) return 'party';
  // articles do not count: "agreements from the technical community" attaches "from" to "agreements"
  const prevAt = previousContentIndex(q, m.start);
  const prev = q.words[prevAt] ?? '';
  const before = q.words[previousContentIndex(q, prevAt)] ?? '';
  if (PARTY_PREPOSITIONS.has(prev) && (AGREEMENT_NOUNS.has(before) || PARTY_VERBS.has(before) || ORIGIN_VERBS.has(before))) return 'party';
  if (['by', 'among', 'amongst', 'between', 'involving', 'including', 'with'].includes(prev)) return 'party';
  if (addressedByNorm(q, m, prevAt)) return 'object';
  if (OBJECT_WORDS.has(prev) || ASSISTANCE_WORDS.has(prev)) return 'object';
  return 'party';
}

/**
 * Whether a party is who a norm addresses: "say (that) companies shouldn't hack back", "require
 * states to help", "call upon industry to patch", "states must not attack CERTs"; or the word is the
 * verb itself ("which agreements state that ...").
 */
function addressedByNorm(q: QuestionWords, m: WordSpan, prevAt: number): boolean {
  const next = q.words[m.end + 1] ?? '';
  if (NORM_MODALS.has(next)) return true;
  if (m.start === m.end && /^states?$/.test(q.words[m.start] ?? '') && next === 'that' && prevAt >= 0 && !PARTY_PREPOSITIONS.has(q.words[prevAt] ?? '')) return true;
  let at = prevAt;
  if (q.words[at] === 'that') at = previousContentIndex(q, at);
  // "call on / upon states to ..."
  if (['on', 'upon'].includes(q.words[at] ?? '') && /^call/.test(q.words[at - 1] ?? '')) return true;
  return REPORTING_VERBS.has(q.words[at] ?? '');
}

/** The position of the word before `i`, skipping articles and "all"/"other": "agreements by all the states" -> "by". */
function previousContentIndex(q: QuestionWords, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    if (!['the', 'a', 'an', 'all', 'other', 'their', 'its', 'private', 'some', 'any'].includes(q.words[k] ?? '')) return k;
  }
  return -1;
}

/** "state-only", "states only", "only states", "purely intergovernmental"; not "only industry agreements" (that restricts the list). */
function isOnly(q: QuestionWords, m: WordSpan): boolean {
  if (q.words[m.end + 1] === 'only') return true;
  const before = q.words[m.start - 1] ?? '';
  const before2 = q.words[m.start - 2] ?? '';
  const restrictive = ['only', 'purely', 'exclusively', 'solely'].includes(before) || (['only', 'purely', 'exclusively', 'solely'].includes(before2) && ['by', 'between', 'among', 'amongst'].includes(before));
  return restrictive && !AGREEMENT_NOUNS.has(q.words[m.end + 1] ?? '');
}

function joined(q: QuestionWords, a: WordSpan, b: WordSpan): boolean {
  const between = q.words.slice(a.end + 1, b.start);
  return between.length > 0 && between.length <= 2 && between.every((w) => w === 'or' || w === 'and' || w === 'the');
}

function labelOf(name: string, polarity: PartyConstraint['polarity'], cue: NegationCue | undefined): string {
  switch (polarity) {
    case 'include':
      return name === 'state' ? 'states' : name;
    case 'only':
      return `${name}-only`;
    case 'exclude':
      return `excluding ${name === 'state' ? 'states' : name}`;
    case 'not-only':
      return cue?.kind === 'not-only' ? `not only ${name === 'state' ? 'states' : name}` : `excluding ${name}-only`;
  }
}

/** Whether a phrase names a kind of party ("states", "civil society") rather than an organisation. */
export function isPartyPhrase(text: string): boolean {
  return PARTY_KINDS.some((p) => p.re.test(text));
}
