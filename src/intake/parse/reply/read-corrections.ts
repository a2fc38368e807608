import type { CorrectableField, FieldChange } from '../../../core/replies/reply-reading.js';
import { extractLinks, plainValue } from '../extract-links.js';
import { LABEL_FILLER, type LabelKind } from '../fields/field-vocabulary.js';
import { scoreLabel } from '../fields/score-label.js';
import { foldText } from '../fold-text.js';
import { normalizeYear } from '../normalize-year.js';
import { AGENT_LINKS, AGREEMENT_WORDS, CHANGE_WORDS, DATE_LINKS, FIELD_VERBS, FIRST_PERSON, JUDGEMENT, LINKS, NEGATION, OLD_VALUE_MARKERS, PHRASE_FILLER, POSSESSIVE, REPLACE_LINKS } from './correction-vocabulary.js';

interface Word {
  text: string;
  start: number;
  end: number;
}

/** A field phrase and its link: the value runs from `valueAt` to the next phrase (or the end). */
interface Candidate {
  field: CorrectableField;
  phraseAt: number;
  valueAt: number;
}

const FIELDS: Partial<Record<LabelKind, CorrectableField>> = {
  'agreement.name': 'name',
  'agreement.date': 'launchYear',
  'agreement.parties': 'parties',
  'agreement.signatories': 'signatories',
  'agreement.maintainer': 'maintainer',
  // "the name is ..." in a reply about an agreement is its name; "my name is ..." is not (FIRST_PERSON)
  'contributor.name': 'name',
};

/** A field phrase is short: a few words of the field's vocabulary, most of them explained by it. */
const MAX_PHRASE_WORDS = 10;
const MAX_FIELD_WORDS = 4;
const MIN_SHARE = 0.6;
const MAX_VALUE_CHARS = 300;
const MAX_VALUE_WORDS = 40;

const matches = (pattern: string, word: string) => (pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern);
const isIn = (list: readonly string[], word: string) => list.some((p) => matches(p, word));
const isFiller = (word: string) => LABEL_FILLER.has(word) || isIn(PHRASE_FILLER, word);
const YEAR = /^(19|20)\d\d$/;
/** words that start a new clause: a phrase after them is a new subject ("... and the year is 2017") */
const CLAUSE_WORDS = ['and', 'et', 'y', 'but', 'mais', 'pero', 'also', 'aussi', 'tambien'];
/** words that open a subordinate clause: its own subject follows ("I would add that it was signed by ...") */
const SUBORDINATE = ['that', 'which', 'que', 'qui'];

function readWords(text: string): Word[] {
  return [...foldText(text).matchAll(/[a-z0-9]+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Which field the words announce, by the intake's field vocabulary, with the share of them it explains; or null. */
function fieldOf(words: readonly Word[], link: string | null): { field: CorrectableField; share: number } | null {
  const verb = FIELD_VERBS.find(([v]) => words.some((w) => matches(v, w.text)));
  const said = words.map((w) => w.text).filter((w) => !isFiller(w) && !(verb && matches(verb[0], w)));
  if (verb && said.length === 0) return { field: verb[1], share: 1 };
  if (said.length === 0 || said.length > MAX_FIELD_WORDS) return null;
  const scored = scoreLabel([...said, ...(link ? [link] : [])].join(' '));
  const field = scored && scored.share >= MIN_SHARE ? FIELDS[scored.kind] : undefined;
  return field ? { field, share: scored!.share } : null;
}

/**
 * The field phrase ending where a link starts: the shortest run of words before it that names a
 * field, widened over filler and over words that explain the same field as well ("please change
 * the name", "the organisation that maintains it"), within its clause. After "is", "to", "should
 * be" the phrase is the clause's subject: only filler may come before it ("I think the year is
 * 2017", not "The OSCE Secretariat is happy to help"); after "by" or "in" the subject may be the
 * agreement's name ("The Charter was launched in 2017"), but not the sender ("we signed it in
 * 2018"). Negated phrases, and the sender's own ("my name"), name no field of the agreement.
 */
function phraseBefore(words: readonly Word[], from: number, at: number, link: { kind: string; word: string }): { field: CorrectableField; start: number } | null {
  const agent = link.kind === 'agent' ? link.word : null;
  const low = Math.max(from, at - MAX_PHRASE_WORDS);
  const said = (a: number, b: number) => words.slice(a, b).map((w) => w.text);
  for (let k = at - 1; k >= low; k -= 1) {
    const found = fieldOf(words.slice(k, at), agent);
    if (!found) continue;
    let start = k;
    let share = found.share;
    for (; start - 1 >= low && !FIRST_PERSON.includes(words[start - 1]!.text); start -= 1) {
      if (isFiller(words[start - 1]!.text)) continue;
      const wider = fieldOf(words.slice(start - 1, at), agent);
      if (wider?.field !== found.field || wider.share < share) break;
      share = wider.share;
    }
    const before = said(from, start);
    const phrase = said(start, at);
    if ([...before, ...phrase].some((w) => isIn(NEGATION, w))) return null;
    if (phrase.some((w) => POSSESSIVE.includes(w)) && !phrase.some((w) => isIn(AGREEMENT_WORDS, w))) return null;
    const own = before.slice(before.findLastIndex((w) => SUBORDINATE.includes(w)) + 1);
    const subject = link.kind === 'link' ? before.every((w) => isFiller(w) || FIRST_PERSON.includes(w)) : !own.some((w) => FIRST_PERSON.includes(w));
    return subject ? { field: found.field, start } : null;
  }
  return null;
}

/** The link starting at word i (longest first), or null. */
function linkAt(words: readonly Word[], i: number): { length: number; kind: 'link' | 'agent' | 'date' | 'replace'; word: string } | null {
  const at = (seq: readonly string[]) => seq.every((w, n) => words[i + n]?.text === w);
  const link = [...LINKS].sort((a, b) => b.length - a.length).find(at);
  const w = words[i]!.text;
  if (link) return { length: link.length, kind: 'link', word: w };
  if (AGENT_LINKS.includes(w)) return { length: 1, kind: 'agent', word: w };
  if (DATE_LINKS.includes(w)) return { length: 1, kind: 'date', word: w };
  if (REPLACE_LINKS.includes(w)) return { length: 1, kind: 'replace', word: w };
  return null;
}

/** Every field phrase and link of the sentence, left to right; a value ends where the next phrase begins. */
function findCandidates(words: readonly Word[], text: string): Candidate[] {
  const found: Candidate[] = [];
  let from = 0;
  for (let i = 1; i < words.length; i += 1) {
    // a phrase does not reach back over a clause break: "Our organisation, which ..., is happy"
    if (/[,;:()!?.]/.test(text.slice(words[i - 1]!.end, words[i]!.start)) || CLAUSE_WORDS.includes(words[i - 1]!.text)) from = Math.max(from, i);
    const link = linkAt(words, i);
    if (!link) continue;
    const end = words[i + link.length - 1]!.end;
    const phrase = phraseBefore(words, from, i, link);
    const year = !phrase && YEAR.test(words[i - 1]!.text) && link.kind !== 'date' && words.slice(from, i - 1).every((w) => isFiller(w.text));
    if (phrase && (link.kind !== 'date' || phrase.field === 'launchYear')) {
      // "the parties [to the agreement] are ...": a second link after nothing but filler is the real one
      const next = words.findIndex((w, j) => j > i + link.length && (linkAt(words, j)?.kind === 'link' || !isFiller(w.text)));
      const later = next > 0 ? linkAt(words, next) : null;
      const valueAt = later?.kind === 'link' ? words[next + later.length - 1]!.end : end;
      found.push({ field: phrase.field, phraseAt: words[phrase.start]!.start, valueAt });
    } else if (year) {
      // "replace 2019 with 2017", "2019 -> 2017": an old year, then the new one
      found.push({ field: 'launchYear', phraseAt: words[i - 1]!.start, valueAt: end });
    } else continue;
    from = i + link.length;
    i = from - 1;
  }
  return found;
}

/** The value as written, without what follows it: the old value ("2017, not 2019"), closing words, quotes. */
function cleanValue(raw: string): string | null {
  let value = raw.replace(/^[\s:\uff1a\-\u2013\u2014"'\u201c\u2018\u00ab]+/, '');
  const words = readWords(value);
  if (words.length === 0 || isIn(NEGATION, words[0]!.text)) return null;
  const cut = words.findIndex((w, n) => n > 0 && OLD_VALUE_MARKERS.some((m) => m.split(' ').every((part, k) => words[n + k]?.text === part)));
  if (cut > 0) value = value.slice(0, words[cut]!.start);
  value = value.split(/[;\n]|\s\(/)[0]!;
  value = value.replace(/[\s,.;:!?)"'\u201d\u2019\u00bb]+$/, '').replace(/\s+(and|et|y|also|please|thanks|thank you|merci|gracias)$/i, '').replace(/[\s,]+$/, '');
  value = value.replace(/^["'\u201c\u2018\u00ab]+|["'\u201d\u2019\u00bb]+$/g, '').trim();
  const valueWords = readWords(value);
  const said = valueWords.map((w) => w.text).filter((w) => !LABEL_FILLER.has(w));
  if (said.length === 0 || said.length > MAX_VALUE_WORDS || value.length > MAX_VALUE_CHARS || said.every((w) => isIn(JUDGEMENT, w))) return null;
  // a field again ("The OSCE Secretariat is the maintainer"), or a label inside ("party to the agreement: states"): no value
  if (fieldOf(valueWords, null) || /^[^:]{0,80}:(?!\/\/)/.test(value)) return null;
  return value;
}

function valueFor(field: CorrectableField, raw: string, now: Date): FieldChange['value'] | null {
  const value = cleanValue(raw);
  if (value === null) return null;
  if (field === 'launchYear') return readWords(value).length <= 6 ? normalizeYear(value, now).year : null;
  if (field === 'signatories') {
    const links = extractLinks(value);
    const list = links.length > 0 ? links : value.split(/\s*(?:,|;|\band\b|\bet\b|\by\b)\s*/).map((s) => s.trim()).filter(Boolean);
    return list.length > 0 ? list : null;
  }
  return plainValue(value);
}

/**
 * The field corrections a sentence of a reply makes, in English, French or Spanish: a field
 * phrase the intake's field vocabulary recognises, a link word, then the value ("the year should
 * be 2017", "please change the name to X", "le mainteneur est Y", "cambien la fecha a 2017", "it
 * was launched in 2017", "replace 2019 with 2017"), or the value first ("2017 is the right year").
 * Questions, negations ("the year is not 2019") and judgements ("the name is wrong") give none.
 */
export function readCorrections(sentence: string, now: Date = new Date()): FieldChange[] {
  const text = sentence.trim();
  if (text === '' || /^\s*(if|si)\b/i.test(text)) return [];
  // arrows read as "to": "2019 -> 2017", "Year → 2017"
  const normal = text.replace(/\s*(?:->|=>|\u2192|\u21d2|=)\s*/g, ' to ');
  const words = readWords(normal);
  // a question asks about a field ("Is the year 2017?") unless it asks for a change ("Could you change the name to X?")
  if (text.endsWith('?') && !words.some((w) => isIn(CHANGE_WORDS, w.text) || FIELD_VERBS.some(([v]) => matches(v, w.text)))) return [];
  const candidates = findCandidates(words, normal);
  const changes: FieldChange[] = [];
  candidates.forEach((c, n) => {
    const value = valueFor(c.field, normal.slice(c.valueAt, candidates[n + 1]?.phraseAt ?? normal.length), now);
    if (value !== null) changes.push({ field: c.field, value, snippet: text });
  });
  return changes.length > 0 ? changes : readValueFirst(words, normal, text, now);
}

/** "2017 is the correct year", "The OSCE Secretariat is the maintainer": the value, a link, then the field. */
function readValueFirst(words: readonly Word[], normal: string, text: string, now: Date): FieldChange[] {
  for (let i = 1; i < words.length; i += 1) {
    const link = linkAt(words, i);
    if (link?.kind !== 'link') continue;
    const rest = words.slice(i + link.length);
    const field = rest.length > 0 && rest.length <= MAX_PHRASE_WORDS ? fieldOf(rest, null)?.field : undefined;
    if (!field) continue;
    const value = valueFor(field, normal.slice(0, words[i]!.start), now);
    return value === null ? [] : [{ field, value, snippet: text }];
  }
  return [];
}
