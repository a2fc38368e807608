import { tokenize } from '../../../core/text/normalize-text.js';
import { has } from '../word-family.js';
import { ANSWER_WORDS, SIGNING_WORDS } from './field-vocabulary.js';
import type { Unit } from './read-units.js';

type Line = Extract<Unit, { kind: 'line' }>;
const QUESTIONS = [1, 2, 3, 4, 5] as const;
/** a first word that answers a yes/no question: whether the sender signed (question 1), knows other agreements (3), sees issues (4) */
const YES_NO = new Set(['yes', 'no', 'oui', 'non', 'si']);
const YES_NO_QUESTIONS = [1, 3, 4] as const;
/**
 * An item answers its question by meaning when it says at least this many of the question's
 * answer words: one shared everyday word ("member", "training", "thank") is how a letter's own
 * list of requests or an agenda happens to touch a question, not an answer to it.
 */
const MIN_ANSWER_WORDS = 2;

/**
 * The call's questions answered by unlabelled numbered paragraphs ("1. Sí. Nuestra empresa participa
 * ... 2. Hemos implementado ... 3. Sugerimos incluir ..."), by unit index. A run of such paragraphs,
 * numbered upwards within 1-5 (in a part whose questions are not labelled), answers the call in its order when the words of at least half of them
 * are those of the question their number gives (ANSWER_WORDS), and most of them say two or more of
 * those words or the first answers question 1 so; each then answers that question,
 * unless its words are another question's and none of its number's (a skipped question). A list
 * numbered for another purpose ("1. the Kestrel Charter 2. the Lagos Pact"; "1. Invite more member
 * states 2. Translate the training materials") matches no question by meaning and is left alone.
 */
export function numberedAnswers(units: readonly Unit[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const run of runsOf(units)) {
    const hits = run.map((item) => wordsPerQuestion(item.text));
    const agrees = (i: number, least: number) => hits[i]![run[i]!.number]! >= least && hits[i]![run[i]!.number] === Math.max(...hits[i]!);
    const agree = run.filter((_, i) => agrees(i, 1)).length;
    if (agree * 2 < run.length || agree === 0) continue;
    // most items answer their question by meaning, or the list opens by answering question 1: the sender signed or endorsed
    const meant = run.filter((_, i) => agrees(i, MIN_ANSWER_WORDS)).length;
    const opensSigned = run[0]!.number === 1 && (agrees(0, MIN_ANSWER_WORDS) || saysSigned(tokenize(run[0]!.text)));
    if (meant * 2 < run.length && !opensSigned) continue;
    run.forEach((item, i) => {
      const h = hits[i]!;
      const best = QUESTIONS.reduce((b, q) => (h[q]! > h[b]! ? q : b), item.number as (typeof QUESTIONS)[number]);
      out.set(item.index, h[item.number]! > 0 ? item.number : best);
    });
  }
  return out;
}

interface Item {
  index: number;
  number: number;
  text: string;
}

/** Unlabelled top-level numbered paragraphs (with the lines of their block), in runs of rising numbers 1-5. */
function runsOf(units: readonly Unit[]): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  let current: Item | null = null;
  // a part whose questions are labelled: a numbered list under one of them belongs to that answer
  const labelled = new Set<number>();
  units.forEach((unit, index) => {
    if (unit.kind !== 'line') {
      current = null;
      return;
    }
    if (unit.label?.kind.startsWith('question.')) labelled.add(unit.part);
    if (labelled.has(unit.part)) return;
    if (!unit.opensBlock) {
      if (current) current.text += ` ${unit.text}`;
      return;
    }
    current = null;
    const number = isNumberedParagraph(unit) ? Number(unit.number) : 0;
    if (number < 1 || number > QUESTIONS.length) return;
    if (run.length > 0 && number <= run[run.length - 1]!.number) {
      runs.push(run);
      run = [];
    }
    current = { index, number, text: unit.text };
    run.push(current);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

const isNumberedParagraph = (unit: Line) => unit.block === 'list-item' && unit.depth === 0 && unit.label === null && /^\d$/.test(unit.number ?? '');

/** How many different answer words of each question the text says (index: question number); "thank" and "thanks" are one. */
function wordsPerQuestion(text: string): number[] {
  const tokens = tokenize(text);
  const counts = [0, ...QUESTIONS.map((q) => new Set(tokens.map((t) => answerWord(q, t)).filter((w) => w !== undefined)).size)];
  // questions 1, 3 and 4 ask yes or no ("Is your organization a signatory...?", "Are you aware of any other...?", "Are there issues...?")
  if (YES_NO.has(tokens[0] ?? '')) for (const q of YES_NO_QUESTIONS) counts[q]! += 1;
  return counts;
}

/**
 * Whether the words say the sender signed or endorsed ("Kenya signed", "we endorsed", "signatory
 * status"), not that others should ("Encourage more states to sign", "invite them to join"): a signing
 * word that is no infinitive.
 */
function saysSigned(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => has(SIGNING_WORDS, [t]) && !INFINITIVES.has(t) && tokens[i - 1] !== 'to');
}
/** signing words that are verbs' base forms: what a request asks others to do */
const INFINITIVES = new Set(['sign', 'join', 'endorse', 'adhere', 'subscribe', 'signer', 'rejoindre', 'adherer', 'firmar', 'suscribir', 'adherir', 'endosar']);

/** The answer word of question q a token is (`x*`: any word starting with x), if any. */
const answerWord = (q: (typeof QUESTIONS)[number], token: string) => ANSWER_WORDS[q].find((w) => (w.endsWith('*') ? token.startsWith(w.slice(0, -1)) : token === w));
