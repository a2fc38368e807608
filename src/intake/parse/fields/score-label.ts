import { normalizeText, tokenize } from '../../../core/text/normalize-text.js';
import { CALL_LABELS, FIELD_VOCABULARY, LABEL_FILLER, type Cue, type LabelKind } from './field-vocabulary.js';

export interface LabelScore {
  kind: LabelKind;
  /** 0..1: how surely the words announce this field */
  score: number;
  /** share of the label's words its field's vocabulary explains (1: nothing but the label) */
  share: number;
  /** a label only among an agreement's fields ("Who:", "Link:"), see Cue.inAgreement */
  inAgreement?: true;
  /** share of the label's words that are its kind's vocabulary or the call's own words for it: how much a question is the call's */
  echo?: number;
}

/** Below this the words are not a label. */
export const LABEL_THRESHOLD = 0.6;
/** Field labels are short; the call's questions are long but recognised by their own words. */
const MAX_FIELD_WORDS = 16;
const MAX_QUESTION_WORDS = 60;

/**
 * The vocabulary's word lists (`x*`: any word starting with x), each numbered and looked up word by
 * word: a word's exact form and its prefixes find every list it belongs to at once, so a label costs
 * a few map lookups per word, not a test of every list against every word.
 */
const exactWords = new Map<string, number[]>();
const stemWords = new Map<string, number[]>();
const listIds = new Map<readonly string[], number>();
let longestStem = 0;
function listId(patterns: readonly string[]): number {
  let id = listIds.get(patterns);
  if (id === undefined) {
    id = listIds.size;
    listIds.set(patterns, id);
    for (const p of new Set(patterns)) {
      const stem = p.endsWith('*') ? p.slice(0, -1) : null;
      const map = stem === null ? exactWords : stemWords;
      const key = stem ?? p;
      map.set(key, [...(map.get(key) ?? []), id]);
      if (stem !== null) longestStem = Math.max(longestStem, stem.length);
    }
  }
  return id;
}
const listsByWord = new Map<string, ReadonlySet<number>>();
const MEMO_SIZE = 20_000;
/** Ids of the lists a word belongs to, memoised by word: labels are made of the same few hundred words. */
function listsOf(word: string): ReadonlySet<number> {
  let ids = listsByWord.get(word) as Set<number> | undefined;
  if (!ids) {
    ids = new Set(exactWords.get(word));
    for (let k = 0; k <= Math.min(word.length, longestStem); k++) for (const id of stemWords.get(word.slice(0, k)) ?? []) ids.add(id);
    if (listsByWord.size >= MEMO_SIZE) listsByWord.clear(); // bounded: untrusted text brings endless new words
    listsByWord.set(word, ids);
  }
  return ids;
}

/** every word any cue of a kind uses: the words that kind's label may be made of */
const KINDS = (Object.entries(FIELD_VOCABULARY) as Array<[LabelKind, readonly Cue[]]>).map(([kind, cues]) => ({
  kind,
  cues,
  vocabulary: listId(cues.flatMap((c) => c.all.flat())),
  isQuestion: kind.startsWith('question.') || kind === 'section.about',
}));
for (const { cues } of KINDS) for (const cue of cues) [...cue.all, ...(cue.none ? [cue.none] : []), ...(cue.possessive ? [cue.possessive.words, cue.possessive.self] : [])].forEach(listId);
const CALL_LABEL_TOKENS = CALL_LABELS.map(([kind, text]) => [kind, new Set(content(tokenize(text)))] as const);
/** the call's own words for each field and section ("organization", "covered" for question 1) */
const CALL_WORDS = new Map<LabelKind, ReadonlySet<string>>(CALL_LABEL_TOKENS);
/** call label numbers by word, so that a label's overlap with every call label is counted in one pass */
const CALL_LABELS_BY_WORD = new Map<string, number[]>();
CALL_LABEL_TOKENS.forEach(([, words], i) => words.forEach((w) => CALL_LABELS_BY_WORD.set(w, [...(CALL_LABELS_BY_WORD.get(w) ?? []), i])));

/** the words that say something: no filler, no numbers; British and American spellings as one */
function content(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !LABEL_FILLER.has(t) && !/^\d+$/.test(t)).map((t) => t.replace('isation', 'ization'));
}

/**
 * Whether a word of `group` in the label is the sender: a pronoun ("me", "nous"), or a possessive
 * ending the label or followed by a word naming the sender ("Zu meiner Person"), not by another topic
 * ("Sobre mi propuesta", "Concernant nos priorités").
 */
function speaksOfSender(tokens: readonly string[], group: readonly string[], possessive: NonNullable<Cue['possessive']>): boolean {
  const inList = (t: string | undefined, list: readonly string[]) => t !== undefined && listsOf(t).has(listIds.get(list)!);
  return tokens.some((t, i) => {
    if (!inList(t, group)) return false;
    if (!inList(t, possessive.words)) return true;
    const next = tokens[i + 1];
    return next === undefined || LABEL_FILLER.has(next) || inList(next, possessive.self);
  });
}

const cache = new Map<string, LabelScore | null>();
const CACHE_SIZE = 4_096;

/**
 * Which field (or call question) a label announces, by meaning: each field's cues (words of one
 * meaning in English, French and Spanish, stems by prefix) and the share of the label's words they
 * explain, or most of the words of the call's own label for that field. Null below LABEL_THRESHOLD.
 */
export function scoreLabel(label: string): LabelScore | null {
  return scoreNormalLabel(normalizeText(label));
}

/** scoreLabel of a label already in normal form (normalizeText): memoised by it, since "Year adopted:" and "YEAR  adopted" are one label. */
export function scoreNormalLabel(key: string): LabelScore | null {
  if (key === '' || tooManyWords(key)) return null;
  // a score is never undefined: undefined is a miss
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = score(key.split(' '));
  // emptied when full rather than oldest first: deleting a Map's first key again and again leaves holes its next first key is searched past
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, result);
  return result;
}

/** More words than any label or question has (`key` in normal form: one space between words), counted without splitting. */
function tooManyWords(key: string): boolean {
  let spaces = 0;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) if (++spaces >= MAX_QUESTION_WORDS) return true;
  return false;
}

function score(tokens: readonly string[]): LabelScore | null {
  // "Q1", "Question 1", "Pregunta 1"
  const numbered = tokens.length <= 2 ? /^(?:q|question|pregunta)([1-5])$/.exec(tokens.join('')) : null;
  if (numbered) return { kind: `question.${numbered[1]}` as LabelKind, score: 1, share: 1 };
  let best: LabelScore | null = null;
  const words = content(tokens);
  const wordLists = words.map(listsOf);
  const present = new Set<number>();
  for (const t of tokens) for (const id of listsOf(t)) present.add(id);
  const hasAny = (patterns: readonly string[]) => present.has(listIds.get(patterns)!);
  for (const { kind, cues, vocabulary, isQuestion } of KINDS) {
    if (!isQuestion && tokens.length > MAX_FIELD_WORDS) continue;
    // no cue can be met without a word of the kind's vocabulary
    if (!present.has(vocabulary)) continue;
    let explained = 0;
    let echoed = 0;
    const callWords = CALL_WORDS.get(kind);
    wordLists.forEach((lists, i) => {
      if (lists.has(vocabulary)) explained++;
      if (lists.has(vocabulary) || callWords?.has(words[i]!)) echoed++;
    });
    const share = words.length === 0 ? 1 : explained / words.length;
    const echo = words.length === 0 ? 1 : echoed / words.length;
    for (const cue of cues) {
      if (!cue.all.every(hasAny) || (cue.none && hasAny(cue.none))) continue;
      if (cue.possessive && !speaksOfSender(tokens, cue.all[cue.all.length - 1]!, cue.possessive)) continue;
      const s = cue.weight * (0.55 + 0.45 * share);
      if (!best || s > best.score) best = { kind, score: s, share, echo, ...(cue.inAgreement ? { inAgreement: true as const } : {}) };
    }
  }
  // a label copied from the call (or most of one of its questions) is that field, whatever else fits
  if (words.length >= 2) {
    const shared = new Int32Array(CALL_LABEL_TOKENS.length);
    for (const w of words) for (const i of CALL_LABELS_BY_WORD.get(w) ?? []) shared[i]!++;
    CALL_LABEL_TOKENS.forEach(([kind, callWords], i) => {
      const overlap = shared[i]! / Math.max(words.length, Math.min(callWords.size, 12));
      const s = overlap >= 0.7 ? 0.7 + 0.3 * overlap : 0;
      if (s > (best?.score ?? 0)) best = { kind, score: s, share: overlap };
    });
  }
  return best && best.score >= LABEL_THRESHOLD ? { ...best, score: Math.round(best.score * 100) / 100 } : null;
}
