import { normalizeText } from '../../core/text/normalize-text.js';
import { has } from './word-family.js';

/*
 * Word families (normalised words, `x*` = any word starting with x), English, French and Spanish.
 * A topic is negated when the text says it is not covered: a negation next to a verb (or noun) of
 * covering, "does not cover", "n'aborde pas", "ne traite pas de", "no incluye", "no se ocupa de",
 * "no mention of", "is not covered", "no está cubierta".
 */
const NEGATIONS = new Set([
  'not', 'no', 'never', 'nor', 'neither', 'nothing', 'cannot', 'ne', 'n', 'pas', 'aucun', 'aucune', 'jamais', 'ni', 'nullement', 'rien',
  'nunca', 'ningun', 'ninguna', 'ninguno', 'tampoco', 'jamas', 'nada',
]);
/** "doesn't" is normalised to "doesn t" */
const CONTRACTED = new Set(['don', 'doesn', 'didn', 'aren', 'isn', 'wasn', 'weren', 'haven', 'hasn', 'hadn', 'won', 'can', 'couldn', 'shouldn', 'wouldn']);
/** "not only X but also Y", "pas seulement", "no solo": X is covered too */
const ONLY = new Set(['only', 'just', 'merely', 'solely', 'exclusively', 'seulement', 'uniquement', 'solo', 'solamente', 'unicamente']);
const COVER = [
  'cover*', 'address*', 'includ*', 'mention*', 'deal*', 'tackl*', 'refer*', 'contain*', 'discuss*', 'concern*', 'touch*', 'say', 'says', 'said', 'speak*',
  'couvr*', 'couvert*', 'trait*', 'abord*', 'inclu*', 'mentionn*', 'evoqu*', 'vise', 'visent', 'prevoi*', 'comprend*', 'contien*', 'dit',
  'cubr*', 'cubiert*', 'trata', 'tratan', 'tratad*', 'incluy*', 'mencion*', 'contempl*', 'refier*', 'ocup*', 'preve', 'prevee*', 'dice',
];
/** how far apart the negation and the verb of covering may be: "does not explicitly cover", "ne la couvre pas" */
const PHRASE_GAP = 3;
/** how far the negated verb may stand from the topic: "does not cover the security of the supply chain" */
const TOPIC_GAP = 8;
/** where a clause ends: a negation does not reach past these ("does not cover X, but Y is central") */
const CLAUSE_BREAK = /[;:()\u2013\u2014,]|\s-\s|\b(?:but|however|whereas|while|although|mais|cependant|tandis|alors que|pero|sino|aunque|mientras)\b/i;


/**
 * Whether the sentence says the topic (its words `phrase`, or where `locate` finds it in a clause) is
 * not covered: in every clause naming it, a negated verb of covering governs it. "Not only X" is X
 * covered; a negation with no verb of covering ("do not attack CERTs") and a negated commitment
 * ("not to include backdoors") are restraint norms, and stand.
 */
export function isNegatedMention(sentence: string, phrase: string, locate: (clause: string) => boolean): boolean {
  const clauses = sentence.split(CLAUSE_BREAK).filter((c) => c !== undefined && c.trim() !== '');
  const clauseWords = clauses.map((c) => normalizeText(c).split(' '));
  // with no clause that has both a negation and a verb of covering, none is negated: the clauses need not be looked through for the topic
  if (!clauseWords.some(mayBeNegated)) return false;
  const topic = normalizeText(phrase).split(' ').filter((w) => w !== '');
  let named = false;
  for (const [k, clause] of clauses.entries()) {
    const words = clauseWords[k]!;
    const at = indexOfWords(words, topic);
    if (at < 0 && !locate(clause)) continue;
    named = true;
    // a topic found only by a looser match is taken to close its clause
    const span = at < 0 ? { start: words.length, end: words.length } : { start: at, end: at + topic.length - 1 };
    if (!negatedIn(words, span)) return false;
  }
  return named;
}

function negatedIn(words: readonly string[], span: { start: number; end: number }): boolean {
  const outside = (i: number) => i < span.start || i > span.end;
  // "not only", "no solo", "ne couvre pas seulement": the topic is covered, with more besides
  const notOnly = (n: number) => words.slice(n + 1, n + PHRASE_GAP + 2).some((w) => ONLY.has(w));
  const negations = words.map((_, i) => i).filter((i) => outside(i) && isNegation(words, i) && !notOnly(i));
  return negations.some((n) => {
    for (let c = Math.max(0, n - PHRASE_GAP); c <= Math.min(words.length - 1, n + PHRASE_GAP); c++) {
      if (c === n || !outside(c) || !has(COVER, [words[c]!])) continue;
      const from = Math.min(n, c);
      const to = Math.max(n, c);
      // the negated verb before the topic ("does not cover X") or after it ("X is not covered")
      const between = to < span.start ? words.slice(to + 1, span.start) : from > span.end ? words.slice(span.end + 1, from) : null;
      if (between && between.length <= TOPIC_GAP && !isCommitment(words, n, c)) return true;
    }
    return false;
  });
}

/** what negatedIn needs in a clause's words before anything else: a negation and a verb of covering */
const mayBeNegated = (words: readonly string[]) => words.some((_, i) => isNegation(words, i)) && has(COVER, words);

const isNegation = (words: readonly string[], i: number) => NEGATIONS.has(words[i]!) || (words[i] === 't' && CONTRACTED.has(words[i - 1] ?? ''));

/** words of obligation before a negation (English, contracted English) or inside "ne ... pas" (French): the sentence states a rule */
const MODALS = new Set([
  'should', 'must', 'shall', 'will', 'would', 'may', 'might', 'ought', 'shouldn', 'mustn', 'shan', 'won', 'wouldn',
  'doit', 'doivent', 'devrait', 'devraient', 'devra', 'devront', 'peut', 'peuvent', 'pourra', 'pourront',
]);

/**
 * A negated infinitive is what parties commit not to do, a restraint ("commit not to include
 * backdoors", "s'engagent à ne pas inclure", "acuerdan no incluir"), not what the text leaves out.
 */
function isCommitment(words: readonly string[], negation: number, verb: number): boolean {
  const w = words[negation]!;
  if (verb < negation) return false;
  // "should not include backdoors", "must not contain", "shouldn't include", "ne doivent pas inclure": a rule, not a gap
  if (MODALS.has(words[negation - 1] ?? '') || ((w === 'ne' || w === 'n') && MODALS.has(words[negation + 1] ?? ''))) return true;
  return ((w === 'not' || w === 'never') && words[negation + 1] === 'to') || ((w === 'ne' || w === 'n') && ['pas', 'jamais', 'plus'].includes(words[negation + 1] ?? '')) || (w === 'no' && /(?:ar|er|ir)$/.test(words[verb]!));
}

function indexOfWords(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((p, k) => words[i + k] === p)) return i;
  return -1;
}
