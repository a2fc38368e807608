import type { LabelKind } from './field-vocabulary.js';
import { scoreLabel } from './score-label.js';

export interface Label {
  kind: LabelKind;
  /** how surely the words are this label, times how surely the line is a label at all */
  score: number;
  /** the label as written */
  label: string;
  /** what follows the label on the same line; '' when the value is on the next lines */
  value: string;
}

const MAX_LABEL_CHARS = 160;
const MAX_QUESTION_CHARS = 420;
/** where a label ends: a colon (not of a URL or a time), a question mark, a dash between spaces, a tab */
const SEPARATORS = [/[:\uff1a](?!\/\/|\d\d)/g, /[?!]+/g, /\s[-\u2013\u2014]\s|\t/g];
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
 * Reads "label: value" from one line of a block whatever the layout: a bold lead ("**Date of
 * launch** 2016"), a colon, a question, a dash, or the whole line as a label whose value follows.
 * Which field the label names is left to
 * scoreLabel, so any wording of it is read.
 */
export function readLabel(text: string, lead: string | null = null): Label | null {
  const line = text.trim();
  if (line === '' || line.length > 4_000) return null;
  if (lead) {
    const label = trimLabel(lead);
    const scored = label ? scoreLabel(label) : null;
    if (scored) return { ...scored, label, value: valueAfter(line, lead) };
  }
  const ends = SEPARATORS.flatMap((re) => [...line.slice(0, MAX_QUESTION_CHARS).matchAll(re)].map((m) => ({ at: m.index, after: m.index + m[0].length })));
  ends.sort((a, b) => a.at - b.at);
  for (const [n, end] of ends.entries()) {
    const label = trimLabel(line.slice(0, end.at));
    const scored = label ? scoreLabel(label) : null;
    if (!scored) continue;
    if (!isSection(scored.kind) && end.at > MAX_LABEL_CHARS) break;
    // "Which organization maintains it? If possible, provide contact information: X" is one label
    const longer = ends.slice(n + 1).find((e) => e.at <= MAX_LABEL_CHARS && line.slice(end.after, e.at).trim().split(/\s+/).length <= 12 && scoreLabel(trimLabel(line.slice(0, e.at)))?.kind === scored.kind);
    const stop = longer ?? end;
    return { ...scored, label: trimLabel(line.slice(0, stop.at)), value: trimValue(line.slice(stop.after)) };
  }
  // the whole line as a label whose value follows: only when every word of it is the label's
  const whole = trimLabel(line);
  const scored = whole.length <= MAX_QUESTION_CHARS ? scoreLabel(whole) : null;
  if (scored && (scored.share >= 0.99 || isSection(scored.kind)) && (isSection(scored.kind) || whole.length <= MAX_LABEL_CHARS)) return { ...scored, label: whole, value: '' };
  return null;
}

const isSection = (kind: LabelKind) => kind.startsWith('question.') || kind === 'section.about';

function valueAfter(line: string, lead: string): string {
  const at = line.indexOf(lead.trim());
  return trimValue(at >= 0 ? line.slice(at + lead.trim().length) : line);
}
