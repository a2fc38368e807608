import { FIELD_LABELS, type Field } from './field-labels.js';
import { foldText } from './fold-text.js';

export interface LabelledLine {
  field: Field;
  /** the label as written, without bullets and bold */
  label: string;
  /** the value after the label, trimmed; '' when the value is on the next lines */
  value: string;
}

/** Bullets, numbering ("a)", "3.1", "iv.") and quote marks before a label. */
const LEAD = /^[\s>\u00bf\u00a1]*(?:(?:[-*\u2022\u00b7\u25aa\u25e6\u2023\u2013\u2014+]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-h]|[ivx]{1,4})[.)])\s+)*[\u00bf\u00a1]?/i;
/** after the label: an optional "(...)" aside, then ':' '?' ' - ' or the end of the line */
const SEPARATOR = '\\s*(?:\\([^)]{0,80}\\))?\\s*(?:[:\\uff1a]+|\\?+\\s*:?|\\s[-\\u2013\\u2014]\\s|\\t|$)';

const COMPILED = FIELD_LABELS.map(([field, source]) => [field, new RegExp(`^(?:${source})${SEPARATOR}`)] as const);
/** all wordings at once: most lines are prose, and one failed match is cheaper than twenty */
const ANY_LABEL = new RegExp(`^(?:${FIELD_LABELS.map(([, source]) => source).join('|')})${SEPARATOR}`);

/** Removes the line's lead and markdown/bold marks; "Name **Bart**" (value in bold, no colon) gets one. */
export function cleanLabelLine(line: string): string {
  let s = line.replace(LEAD, '').replace(/^#{1,6}\s+/, '');
  const boldValue = /^([^*:]{1,120}?)\s+\*\*([^*]+)\*\*\s*$/.exec(s);
  if (boldValue) s = `${boldValue[1]}: ${boldValue[2]}`;
  return s.replace(/\*\*|__/g, '').replace(/^\*(?!\s)|(?<!\s)\*$/g, '').replace(/^[\s\u00bf\u00a1]+/, '').trim();
}

/** Reads "label: value" in any of the known wordings; null when the line starts with no label. */
export function readLabelledLine(line: string): LabelledLine | null {
  if (line.length > 2_000) return null;
  const clean = cleanLabelLine(line);
  if (clean === '') return null;
  const folded = foldText(clean);
  // "**Affiliation** Centre for ..." (Word, HTML): a bold label with the value after it, no colon
  const boldLabel = /^\*\*([^*]{1,200}?)\*\*\s*(\S.*)$/.exec(line.replace(LEAD, ''));
  if (boldLabel && !/[:?]\s*$/.test(boldLabel[1]!)) {
    const inner = readLabelledLine(`${boldLabel[1]!.trim()}:`);
    if (inner && inner.value === '') return { ...inner, value: cleanLabelLine(boldLabel[2]!).replace(/^[:\uff1a?\-\u2013\u2014]+\s*/, '') };
  }
  if (!ANY_LABEL.test(folded)) return null;
  for (const [field, re] of COMPILED) {
    const m = re.exec(folded);
    if (!m) continue;
    const label = clean.slice(0, m[0].length).replace(/[\s:\uff1a?\-\u2013\u2014]+$/, '').trim();
    return { field, label, value: clean.slice(m[0].length).trim() };
  }
  return null;
}
