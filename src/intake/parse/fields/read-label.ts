import LinkifyIt from 'linkify-it';
import { endsWithRole, isRole } from '../contributor/read-signature-block.js';
import { readListMarker } from '../document/read-list-marker.js';
import type { LabelKind } from './field-vocabulary.js';
import { normalizeText, prefixNormalizer } from '../../../core/text/normalize-text.js';
import { scoreLabel, scoreNormalLabel, type LabelScore } from './score-label.js';

export interface Label {
  kind: LabelKind;
  /** how surely the words are this label, times how surely the line is a label at all */
  score: number;
  /** the label as written */
  label: string;
  /** what follows the label on the same line; '' when the value is on the next lines */
  value: string;
  /** share of the label's words that say its field (1: nothing but the label) */
  share: number;
  /** a label only among an agreement's fields ("Who:", "Link:") */
  inAgreement?: true;
}

const MAX_LABEL_CHARS = 160;
const MAX_QUESTION_CHARS = 420;
/**
 * where a label ends: a colon (not of a URL or a time), a question mark, a dash between spaces, a
 * tab, an arrow typed or drawn ("Adopted -> 2019", "Adopted => 2019", "Maintained by → ETSI").
 * Colons and question marks, in most lines, are one pattern (their matches never overlap); a dash or
 * an arrow is looked for only in a line with its mark.
 */
const SEPARATORS: ReadonlyArray<{ pattern: RegExp; marks: RegExp | null }> = [
  { pattern: /[:\uff1a](?!\/\/|\d\d)|[?!]+/g, marks: null },
  { pattern: /\s[-\u2013\u2014]\s|\t/g, marks: /[-\u2013\u2014\t]/ },
  { pattern: /\s*(?:-+>|=+>|[\u2192\u21d2\u27f6\u27f9\u2794\u279c\u27a1])\s*/g, marks: /[>\u2192\u21d2\u27f6\u27f9\u2794\u279c\u27a1]/ },
];
const linkify = new LinkifyIt();

/** Where each separator of `head` is, pattern by pattern (read with exec: matchAll copies the pattern for every line). */
function findSeparators(head: string): Array<{ at: number; after: number }> {
  const found: Array<{ at: number; after: number }> = [];
  for (const { pattern, marks } of SEPARATORS) {
    if (marks && !marks.test(head)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(head); m !== null; m = pattern.exec(head)) found.push({ at: m.index, after: m.index + m[0].length });
  }
  return found;
}
const trimValue = (s: string) => s.replace(/^[\s:\uff1a?\-\u2013\u2014*_]+/, '').trim();
const LABEL_END = /[\s:\uff1a?\-\u2013\u2014*_]/;
const LABEL_START = /[\s\u00bf\u00a1*_]/;
/** Without the separators and marks around a label; walked from each end, as a regex anchored at the end is tried at every position of the line. */
function trimLabel(s: string): string {
  let end = s.length;
  while (end > 0 && LABEL_END.test(s[end - 1]!)) end -= 1;
  let start = 0;
  while (start < end && LABEL_START.test(s[start]!)) start += 1;
  return s.slice(start, end);
}

/**
 * "Q: Name of agreement" then "A: DFI": markers of a question and of its answer, written around a
 * label and its value; they are no label themselves. English, French and Spanish.
 */
const QUESTION_MARKER = /^(?:q|question|pregunta|p)\s*[:\uff1a]\s*/i;
const ANSWER_MARKER = /^(?:a|answer|r|r[e\u00e9]ponse|respuesta)\s*[:\uff1a]\s*/i;
/** "Q: Name of agreement A: DFI" on one line: the answer's marker inside the question's line */
const INNER_ANSWER = /\s(?:A|Answer|R|R[e\u00e9]ponse|Respuesta)\s*[:\uff1a]\s+/;

/** A line without the answer marker it opens with ("A: 28 April 2022" -> "28 April 2022"). */
export function stripAnswerMarker(line: string): string {
  return line.trimStart().replace(ANSWER_MARKER, '');
}

/** "(contact: x@y.org)": a label and its value inside brackets are read without the brackets. */
function unbracket(line: string): string {
  const m = /^[(\[](.*)[)\]]$/s.exec(line);
  return m && !/[()[\]]/.test(m[1]!) ? m[1]!.trim() : line;
}

/**
 * Reads "label: value" from one line of a block whatever the layout: a bold lead ("**Date of
 * launch** 2016"), a colon, a question, a dash, or the whole line as a label whose value follows.
 * Which field the label names is left to
 * scoreLabel, so any wording of it is read.
 */
export function readLabel(text: string, lead: string | null = null): Label | null {
  const line = unbracket(withoutBullet(text.trim()));
  if (line === '' || line.length > 4_000) return null;
  // an answer is a value, whatever its words; a question marker announces a label
  if (ANSWER_MARKER.test(line)) return null;
  if (QUESTION_MARKER.test(line)) return readMarkedQuestion(line.replace(QUESTION_MARKER, ''));
  if (lead) {
    const label = trimLabel(lead);
    const scored = label ? scoreLabel(label) : null;
    const value = valueAfter(line, lead);
    // a bold line standing alone without a colon is a title ("**1. Joint Statement on Responsible ...**") unless it is all label
    if (scored && (value !== '' || /[:\uff1a?]\s*$/.test(line) || isWholeLabel(label, scored, false))) return labelled(scored, label, value);
  }
  const head = line.slice(0, MAX_QUESTION_CHARS);
  const found = findSeparators(head);
  // addresses are looked for only when there is a separator they could hold
  const links = found.some((end) => mayBeInLink(line, end.at)) ? linkSpans(line) : [];
  const ends = links.length > 0 ? found.filter((end) => !links.some(([from, to]) => end.at >= from && end.at < to)) : found;
  ends.sort((a, b) => a.at - b.at);
  const words = wordsReader(line, head, ends[0]?.at);
  for (const [n, end] of ends.entries()) {
    const scored = scoreNormalLabel(words.before(end.at));
    if (!scored) continue;
    const label = trimLabel(line.slice(0, end.at));
    if (!isSection(scored.kind) && !saysField(scored)) continue;
    if (!isSection(scored.kind) && end.at > MAX_LABEL_CHARS) break;
    // "Network Security Engineer, ZANOG (... Operators Group) - South Africa": a signature's title and organisation, no label
    if (!isSection(scored.kind) && opensWithJobTitle(line.slice(0, end.at), scored.kind)) continue;
    // "Can declarations adopted by ministers count, even if nobody signs them?": the sender's own question, not the call's
    if (!isSection(scored.kind) && line[end.at] === '?' && !echoesCall(scored)) continue;
    if (isSection(scored.kind) && !isHeading(label, scored, line[end.at] === '?')) continue;
    // "Which organization maintains it? If possible, provide contact information: X" is one label; the words
    // up to a later separator must say the field as much ("Name: ETSI EN 303 645 - Cyber ..." keeps its value)
    const longer = ends.slice(n + 1).find((e) => e.at <= MAX_LABEL_CHARS && line.slice(end.after, e.at).trim().split(/\s+/).length <= 12 && extendsLabel(scoreNormalLabel(words.before(e.at)), scored));
    const stop = longer ?? end;
    return labelled(scored, trimLabel(line.slice(0, stop.at)), trimValue(line.slice(stop.after)));
  }
  // the whole line as a label whose value follows: only when every word of it is the label's
  const whole = trimLabel(line);
  const scored = whole.length <= MAX_QUESTION_CHARS ? scoreNormalLabel(words.all()) : null;
  return scored && isWholeLabel(whole, scored, /\?\s*$/.test(line)) ? labelled(scored, whole, '') : null;
}

/**
 * The normal form of the words of `line` up to a separator (`before`) and of all of them (`all`). The
 * first separator's words are read alone: most labels end there, and the rest of the line is then
 * never read. Once a second is asked for, one pass over `head`, the part of the line a label may
 * take, gives them all, and the whole line too when head is all of it.
 */
function wordsReader(line: string, head: string, first: number | undefined): { before: (end: number) => string; all: () => string } {
  let prefixes: ((end: number) => string) | null = null;
  return {
    before: (end) => (prefixes === null && end === first ? normalizeText(line.slice(0, end)) : (prefixes ??= prefixNormalizer(head))(end)),
    all: () => (prefixes !== null && line.length <= head.length ? prefixes(line.length) : normalizeText(line)),
  };
}

/**
 * `{ ...scored, label, value }`, the same properties in the same order: the scores come in several
 * shapes (with or without echo, inAgreement), and V8 copies a spread of so many shapes in its slow
 * runtime, ten times the cost of Object.assign, on every label of a mail.
 */
function labelled(scored: LabelScore, label: string, value: string): Label {
  return Object.assign({}, scored, { label, value });
}

/**
 * Below this share of its words saying the field, the words before a separator are the start of a
 * sentence that happens to hold a field's word ("Input from the network operators' group - three
 * texts"), not a label: a label is a phrase about its field. Only a phrase of four words or more can
 * fall below it; a question is judged by how much it echoes the call instead (isHeading, echoesCall).
 */
const MIN_LABEL_SHARE = 1 / 3;

/**
 * Whether the words before a separator are a label about the field rather than a sentence: "Input
 * from the South African Network Operators Group" holds the maintainer's word "operators", but a
 * sixth of its words say the field. A label's own words say it whatever their capitals ("Lead
 * Implementing Agency", "MAINTAINING ORGANISATION/SECRETARIAT").
 */
const saysField = (scored: LabelScore) => scored.share >= MIN_LABEL_SHARE;

/**
 * "Title, organisation": a job title before the first comma ("Network Security Engineer, ZANOG").
 * The field's own phrase whose role word only qualifies another noun is no title but the label's
 * start: "Member States, Observers" names parties ("States" is its head, "member" says the field),
 * whereas a title's head noun is its role ("Project Lead", "Responsable des opérations").
 */
function opensWithJobTitle(label: string, kind: LabelKind): boolean {
  const comma = label.indexOf(',');
  if (comma <= 0) return false;
  const title = label.slice(0, comma);
  return isRole(title) && (endsWithRole(title) || scoreLabel(title)?.kind !== kind);
}

/** A line that is nothing but a label, its value on the next lines: a heading, or every word the field's. */
function isWholeLabel(label: string, scored: LabelScore, asks: boolean): boolean {
  return isSection(scored.kind) ? isHeading(label, scored, asks) : scored.share >= 0.99 && label.length <= MAX_LABEL_CHARS;
}

/** "- kept by: ..." under an agreement's title: the bullet is no word of the label. */
function withoutBullet(line: string): string {
  const marker = readListMarker(line);
  return marker?.marker === 'bullet' && marker.rest !== '' ? marker.rest : line;
}

/** Spaces and line breaks: no address linkify finds holds one (its patterns exclude every space and control character). */
const LINK_BREAK = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** a dot, a slash or an at sign: every address linkify finds holds one (a host and its top-level domain, "//", an e-mail's "@") */
const LINK_MARK = /[./@]/;
/** a word longer than this either side of a mark is taken for a possible address unread */
const MAX_WORD_CHARS = 64;

/**
 * Whether the mark at `at` may be part of an address: the run of text without spaces it stands in
 * holds a dot, a slash or an at sign. "signatories:" before "<https://...>" holds none, so linkify,
 * slow on a long line, is not run for it.
 */
function mayBeInLink(line: string, at: number): boolean {
  for (const step of [-1, 1]) {
    for (let i = at, n = 0; i >= 0 && i < line.length && !LINK_BREAK.test(line[i]!); i += step, n += 1) {
      if (n > MAX_WORD_CHARS || LINK_MARK.test(line[i]!)) return true;
    }
  }
  return false;
}

/** Where the addresses of a line are: a "?" or ":" inside "https://x.org/list?id=2" ends no label. */
function linkSpans(line: string): Array<readonly [number, number]> {
  if (!/:\/\/|www\./i.test(line)) return [];
  return (linkify.match(line) ?? []).map((m) => [m.index, m.lastIndex] as const);
}

const extendsLabel = (longer: LabelScore | null, label: LabelScore) => longer?.kind === label.kind && longer.share >= label.share;

/** A wrapped label's second line is short: a word or two of the label, its colon, perhaps the value. */
const MAX_WRAPPED_TAIL_WORDS = 6;

/**
 * A block's lines with each label the mail program wrapped over two lines joined into one line:
 * "Which organization maintains the agreement? If possible, provide contact" then "information:"
 * is one label. The first line ends without a colon, the next is short and has a colon of its own,
 * and the joined label reaches past the first line and reads more surely than the next line alone. The lines of a block
 * share a quote depth, so a quoted label is never joined to the sender's answer.
 */
export function joinWrappedLabels(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next !== undefined && isWrappedLabel(line, next)) {
      out.push(`${line.trimEnd()} ${next.trim()}`);
      i += 1;
    } else out.push(line);
  }
  return out;
}

function isWrappedLabel(line: string, next: string): boolean {
  const first = line.trim();
  const tail = next.trim();
  if (first === '' || /[:\uff1a]$/.test(first) || !/[:\uff1a](?!\/\/|\d\d)/.test(tail)) return false;
  const tailLabel = tail.split(/[:\uff1a](?!\/\/|\d\d)/)[0]!.trim();
  if (tailLabel === '' || tailLabel.split(/\s+/).length > MAX_WRAPPED_TAIL_WORDS) return false;
  const joined = readLabel(`${first} ${tail}`);
  if (!joined || joined.label.length <= trimLabel(first).length) return false;
  // "agreement:" or "provide contact information:" read alone are labels too, but less surely than joined;
  // "Country: Kenya" under a name line is a label of its own
  const alone = readLabel(tail);
  return !alone || (scoreLabel(joined.label)?.score ?? joined.score) > alone.score;
}

/** After "Q:": the label, with its value when the answer follows on the same line or after a separator. */
function readMarkedQuestion(rest: string): Label | null {
  const inner = INNER_ANSWER.exec(rest);
  const question = inner ? rest.slice(0, inner.index) : rest;
  const value = inner ? rest.slice(inner.index + inner[0].length).trim() : '';
  const read = readLabel(question);
  if (read) return value && !read.value ? labelled(read, read.label, value) : read;
  // the marker says the words are a label: no need for every word of them to be the label's
  const label = trimLabel(question);
  const scored = label.length <= MAX_QUESTION_CHARS ? scoreLabel(label) : null;
  return scored ? labelled(scored, label, value) : null;
}

const isSection = (kind: LabelKind) => kind.startsWith('question.') || kind === 'section.about';

/**
 * A heading for one of the call's questions or "About you": most of its words are the section's
 * own, or it is a single question put mostly in the section's or the call's words ("Is your
 * organization a signatory to any of the agreements covered?"). A paragraph that shares a few words
 * with a question ("we joined the Paris Call ... our input on the agreement we know best below.") is
 * none, nor is the sender's own question to the organisers ("Is the Budapest Convention already part
 * of your list?").
 */
function isHeading(label: string, scored: LabelScore, asks: boolean): boolean {
  return scored.share >= 0.5 || (asks && !/[.!?;]\s/.test(label) && echoesCall(scored));
}

/** Most of a question's words are its field's or section's, or the call's own wording of it. */
const echoesCall = (scored: LabelScore) => (scored.echo ?? scored.share) >= 0.5;

function valueAfter(line: string, lead: string): string {
  const at = line.indexOf(lead.trim());
  return trimValue(at >= 0 ? line.slice(at + lead.trim().length) : line);
}
