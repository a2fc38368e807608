import type { Field } from './field-labels.js';
import { expandLabelTables } from './expand-label-tables.js';
import { foldText } from './fold-text.js';
import { createLineMemo, type LineMemo } from './line-memo.js';
import type { LabelledLine } from './read-labelled-line.js';

export interface RawField {
  value: string;
  /** the line(s) the value was read from */
  snippet: string;
  confidence: number;
}
export type AgreementField = Extract<Field, `agreement.${string}`>;
export type ContributorField = Extract<Field, `contributor.${string}`>;
export type RawAgreement = Partial<Record<AgreementField, RawField>>;

export interface Questionnaire {
  agreements: RawAgreement[];
  contributor: Partial<Record<ContributorField, RawField>>;
  /** free answers by question number */
  answers: Record<string, string>;
  /** lines that were neither labels nor headings: where anonymity requests are looked for */
  freeText: string[];
}

/** Fields whose value may run over several lines (lists of links, sub-bullets). */
const MULTILINE = new Set<Field>(['agreement.parties', 'agreement.signatories', 'agreement.maintainer', 'agreement.contact', 'agreement.gge']);
/** answers to these are free text; 3's answer is the agreement blocks */
const FREE_QUESTIONS = new Set([1, 2, 4, 5]);
const WRAP_WIDTH = 60;

/**
 * Reads the questionnaire out of cleaned text (quotes and call text already removed): agreement blocks
 * (a new "Name of agreement" starts a new block), the "About you" fields, and free answers by question.
 */
export function parseQuestionnaire(text: string, memo: LineMemo = createLineMemo()): Questionnaire {
  const lines = joinWrappedLabels(expandLabelTables(text.split('\n')), memo);
  const q: Questionnaire = { agreements: [], contributor: {}, answers: {}, freeText: [] };
  const answers = new Map<number, string[]>();
  let question = 0;
  let block: RawAgreement | null = null;
  let open: { target: Record<string, RawField>; field: Field } | null = null;
  let previous = '';
  /** after "About you" or a contributor field, until the next agreement name or question */
  let aboutYou = false;

  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    const afterBlank = previous.trim() === '';
    previous = line;
    if (trimmed === '') continue;
    // a label first: "3. Name of agreement: ASEAN agreements" is an answer, not question 3
    const label = memo.label(line);
    const heading = label ? null : memo.heading(line);
    if (heading) {
      question = heading.number;
      block = null;
      open = null;
      aboutYou = false;
      if (heading.rest) addAnswer(answers, question, heading.rest);
      continue;
    }
    if (!label && memo.aboutYou(line)) {
      question = 0;
      block = null;
      open = null;
      aboutYou = true;
      continue;
    }
    if (label) {
      const field = label.field === 'contributor.name' && !aboutYou && agreementFieldFollows(lines, i, memo) ? 'agreement.name' : contextualField(label, aboutYou, block);
      if (field === 'agreement.name') aboutYou = false;
      const raw: RawField = { value: label.value, snippet: trimmed, confidence: 1 };
      if (field.startsWith('contributor.')) {
        block = null;
        aboutYou = true;
        const key = field as ContributorField;
        if (!q.contributor[key]?.value) q.contributor[key] = raw;
        open = { target: q.contributor as Record<string, RawField>, field };
        continue;
      }
      const key = field as AgreementField;
      const startsNew = !block || (key === 'agreement.name' ? Boolean(block['agreement.name']?.value) : block[key] !== undefined);
      if (startsNew) {
        block = {};
        q.agreements.push(block);
      }
      block![key] = raw;
      open = { target: block as Record<string, RawField>, field };
      continue;
    }
    const current = open ? open.target[open.field] : undefined;
    if (open && current && continues(open.field, current, line, afterBlank)) {
      current.value = current.value ? `${current.value}\n${trimmed}` : trimmed;
      current.snippet = `${current.snippet}\n${trimmed}`;
      continue;
    }
    open = null;
    q.freeText.push(trimmed);
    if (FREE_QUESTIONS.has(question)) addAnswer(answers, question, trimmed);
  }
  for (const [n, parts] of answers) q.answers[String(n)] = parts.join('\n');
  q.agreements = q.agreements.filter((a) => Object.values(a).some((f) => f.value.trim() !== ''));
  return q;
}

/**
 * The same words mean different fields in different places: "Contact e-mail" in "About you" is the
 * contributor's address; "E-mail" right after an agreement's maintainer is the maintainer's.
 */
function contextualField({ field, label }: LabelledLine, aboutYou: boolean, block: RawAgreement | null): Field {
  if (field === 'agreement.contact' && (aboutYou || !block)) return 'contributor.email';
  const organisation = /^organi[sz]a(tion|cion)|^organisme/i.test(foldText(label));
  if (field === 'contributor.affiliation' && organisation && !aboutYou && block && !block['agreement.maintainer']) return 'agreement.maintainer';
  if (field === 'contributor.email' && !aboutYou && block?.['agreement.maintainer'] && !block['agreement.contact']) return 'agreement.contact';
  return field;
}

/** "Name: X" followed by "Date: ..." or "Parties: ..." names an agreement, not the contributor. */
function agreementFieldFollows(lines: string[], i: number, memo: LineMemo): boolean {
  const next = lines.slice(i + 1, i + 8).filter((l) => l.trim() !== '').slice(0, 2);
  return next.some((l) => {
    const f = memo.label(l)?.field;
    return f !== undefined && f.startsWith('agreement.') && f !== 'agreement.name' && f !== 'agreement.contact';
  });
}

/**
 * A long label hard-wrapped by the mail client ("...If possible, provide\ncontact information: X")
 * is joined back when the joined line reads as the same field with a value.
 */
function joinWrappedLabels(lines: string[], memo: LineMemo): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    const here = next.trim() !== '' && !/[:?]\s*(\*\*)?\s*$/.test(line) ? memo.label(line) : null;
    if (here && here.value === '') {
      const joined = memo.label(`${line.trimEnd()} ${next.trim()}`);
      if (joined && joined.field === here.field && joined.value !== '' && joined.label.length > here.label.length + 1) {
        out.push(`${line.trimEnd()} ${next.trim()}`);
        i += 1;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/** Does this unlabelled line carry on the value of the field just opened? */
function continues(field: Field, current: RawField, line: string, afterBlank: boolean): boolean {
  if (current.value === '') return true;
  const lastLine = current.snippet.split('\n').pop() ?? '';
  const subItem = /^\s+[-*\u2022]|^\s*[-*\u2022]\s+<?https?:/.test(line);
  if (afterBlank) return MULTILINE.has(field) && subItem;
  if (MULTILINE.has(field)) return true;
  // a single-line value hard-wrapped by the mail client
  return lastLine.length >= WRAP_WIDTH && !/[.!?]$/.test(lastLine);
}

function addAnswer(answers: Map<number, string[]>, n: number, text: string): void {
  const list = answers.get(n) ?? [];
  list.push(text);
  answers.set(n, list);
}
