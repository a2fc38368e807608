import { isClosing } from '../contributor/read-signature-block.js';
import type { Field, LabelKind } from './field-vocabulary.js';
import { numberedAnswers } from './numbered-answers.js';
import { stripAnswerMarker, type Label } from './read-label.js';
import { readTable } from './read-table.js';
import type { Unit } from './read-units.js';

export type FieldSource = 'questionnaire' | 'table' | 'prose';
export interface RawField {
  value: string;
  /** the line(s) the value was read from */
  snippet: string;
  confidence: number;
  source: FieldSource;
}
export type AgreementField = Extract<Field, `agreement.${string}`>;
export type ContributorField = Exclude<Extract<Field, `contributor.${string}`>, 'contributor.role'>;
export type RawAgreement = Partial<Record<AgreementField, RawField>>;

/** A line of the sender's that is no label or value, and the call question it answers (0: none). */
export interface FreeLine {
  text: string;
  question: number;
  /** the part it was read from; -1 for table cells */
  part: number;
  /** first line of its block: a paragraph starts here */
  opensBlock: boolean;
  /** under an "About you" / "About me" heading before any label: the sender describing themselves ("Name, role, organisation, country") */
  about?: boolean;
}

/** Free lines joined into the paragraphs they were written in. */
export function toParagraphs(lines: readonly FreeLine[]): Array<{ text: string; question: number; part: number }> {
  const out: Array<{ text: string; question: number; part: number }> = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && !line.opensBlock && last.part === line.part) last.text += ` ${line.text}`;
    else out.push({ text: line.text, question: line.question, part: line.part });
  }
  return out;
}

export interface Questionnaire {
  agreements: RawAgreement[];
  contributor: Partial<Record<ContributorField, RawField>>;
  /** free answers by question number */
  answers: Record<string, string>;
  freeText: FreeLine[];
}

/** Fields whose value may run over several lines (lists of links, sub-bullets). */
const MULTILINE = new Set<Field>(['agreement.parties', 'agreement.signatories', 'agreement.maintainer', 'agreement.contact', 'agreement.gge']);
/** answers to these are free text; 3's answer is the agreement blocks */
const FREE_QUESTIONS = new Set([1, 2, 4, 5]);
const WRAP_WIDTH = 60;
/** a value read on the line after its label is a little less sure than one beside it */
const NEXT_LINE = 0.95;

type Line = Extract<Unit, { kind: 'line' }>;
interface Open {
  target: Record<string, RawField>;
  field: Field;
  depth: number;
  /** the number of the last numbered item a field awaiting its list took ("Norms it covers:" then "1. ...", "2. ...") */
  item?: number;
}

/**
 * Reads the questionnaire out of the sender's units whatever their layout: agreements (a field
 * already filled, a second name, a separator or a table record starts the next one; a heading or
 * bold line just above fields without a name names them), the "About you" fields, free answers by
 * question, and the remaining free lines.
 */
export function readQuestionnaire(units: readonly Unit[]): Questionnaire {
  const q: Questionnaire = { agreements: [], contributor: {}, answers: {}, freeText: [] };
  const labels = units.map((u) => (u.kind === 'line' ? u.label : null));
  const answers = new Map<number, string[]>();
  let question = 0;
  let block: RawAgreement | null = null;
  let open: Open | null = null;
  let aboutYou = false;
  /** the lines since an "About you" heading, up to the next label: the sender's description of themselves */
  let describing = false;
  let title: { text: string; nested: boolean; numbered: boolean } | null = null;
  /** agreements named by a title line above their fields */
  const titled = new WeakSet<RawAgreement>();
  let previous: Line | null = null;
  // "1. Sí, participamos en ... 2. Hemos implementado ...": paragraphs numbered as the call's questions, without their labels
  const numbered = numberedAnswers(units);
  let byNumber = false;

  const setField = (kind: Field, value: string, snippet: string, confidence: number, source: FieldSource, depth: number, agreementFollows: boolean) => {
    describing = false;
    if (kind === 'contributor.role') {
      open = null;
      return;
    }
    let field = kind === 'contributor.name' && !aboutYou && agreementFollows ? 'agreement.name' : contextualField(kind, aboutYou, block);
    const raw: RawField = { value, snippet, confidence, source };
    if (field.startsWith('contributor.')) {
      block = null;
      aboutYou = true;
      const key = field as ContributorField;
      if (!q.contributor[key]?.value) q.contributor[key] = raw;
      open = { target: q.contributor as Record<string, RawField>, field, depth };
      return;
    }
    if (field === 'agreement.name') aboutYou = false;
    const key = field as AgreementField;
    // a field whose label was read but whose value never came is not filled: a second label for it goes on the same agreement
    // a title with the fields nested under it, or the next numbered title of a list of titled agreements, names a new
    // agreement even when the one before lacks this field; a numbered line inside a field's list ("2. Cooperation between CERTs") does not
    const startsNew = !block || Boolean(block[key]?.value) || Boolean(title && (title.nested || (title.numbered && titled.has(block))));
    if (startsNew) {
      block = {};
      q.agreements.push(block);
      if (key !== 'agreement.name' && title) {
        block['agreement.name'] = { value: title.text, snippet: title.text, confidence: 0.7, source };
        titled.add(block);
      }
    }
    title = null;
    field = key;
    block![key] = raw;
    open = { target: block as Record<string, RawField>, field, depth };
  };

  units.forEach((unit, k) => {
    if (unit.kind === 'break') {
      block = null;
      open = null;
      title = null;
      describing = false;
      return;
    }
    if (unit.kind === 'table') {
      const records = readTable(unit.rows);
      block = null;
      open = null;
      if (!records) {
        for (const row of unit.rows) for (const cell of row) for (const text of cell.lines) if (text.trim()) q.freeText.push({ text: text.trim(), question, part: -1, opensBlock: true });
        return;
      }
      for (const record of records) {
        block = null;
        const fields = record.map((f) => f.kind);
        for (const f of record) {
          const others = fields.filter((x) => x !== f.kind);
          setField(f.kind as Field, f.value, `${f.label}: ${f.value}`, f.score, 'table', 0, others.some(isAgreementDetail));
        }
      }
      block = null;
      open = null;
      return;
    }
    // "Who:" or "Link:" is a label only among an agreement's fields, under its title or after another of them
    const label = labels[k]?.inAgreement && !block && !title ? null : labels[k];
    const depth = unit.depth;
    const answered = numbered.get(k);
    if (answered !== undefined) {
      block = null;
      open = null;
      title = null;
      aboutYou = false;
      question = answered;
      byNumber = true;
    } else if (byNumber && isClosing(unit.text)) {
      // the letter's closing ends the last numbered answer: the signature answers no question
      question = 0;
      byNumber = false;
    }
    if (label && isSection(label.kind)) {
      block = null;
      open = null;
      title = null;
      aboutYou = label.kind === 'section.about';
      describing = aboutYou;
      question = aboutYou ? 0 : Number(label.kind.slice('question.'.length));
      byNumber = false;
      const rest = dropQuestionSentences(label.value);
      if (rest) {
        q.freeText.push({ text: rest, question, part: unit.part, opensBlock: true, ...(describing ? { about: true } : {}) });
        if (FREE_QUESTIONS.has(question)) addAnswer(answers, question, rest);
      }
      previous = unit;
      return;
    }
    const awaited: RawField | undefined = open ? (open as Open).target[(open as Open).field] : undefined;
    // a label whose value is awaited takes this line, unless it is clearly another label
    if (label && !(awaited?.value === '' && !isClearLabel(label))) {
      setField(label.kind as Field, label.value, unit.text, label.score, 'questionnaire', depth, agreementFieldFollows(labels, k));
      previous = unit;
      return;
    }
    const current = awaited;
    if (open && current && continues(open, current, unit, previous)) {
      if (current.value === '') current.confidence *= NEXT_LINE;
      const text = current.value ? unit.text : stripAnswerMarker(unit.text);
      current.value = current.value ? `${current.value}\n${text}` : text;
      current.snippet = `${current.snippet}\n${unit.text}`;
      previous = unit;
      return;
    }
    open = null;
    const nested = headsItsFields(unit, units[k + 1], labels[k + 1]);
    title = isTitleLine(unit) || nested ? { text: unit.text.replace(/[\s:]+$/, ''), nested, numbered: unit.number !== null } : null;
    q.freeText.push({ text: unit.text, question, part: unit.part, opensBlock: unit.opensBlock, ...(describing ? { about: true } : {}) });
    if (FREE_QUESTIONS.has(question) && !aboutYou) addAnswer(answers, question, unit.text);
    previous = unit;
  });
  for (const [n, parts] of answers) q.answers[String(n)] = parts.join('\n');
  q.agreements = q.agreements.filter((a) => Object.values(a).some((f) => f.value.trim() !== ''));
  return q;
}

const isSection = (kind: LabelKind) => kind.startsWith('question.') || kind === 'section.about';
/**
 * A label that stands as one even where a value is awaited: a section, or words most of which say
 * a field. "Secretaría Pro Tempore ..., Ministerio ... (contacto: spt@...)" under "¿Qué
 * organización mantiene el acuerdo?" has a maintainer's word and a colon, but is its value.
 */
const isClearLabel = (label: Label) => isSection(label.kind) || label.share >= 0.5;
const isAgreementDetail = (kind: LabelKind) => kind.startsWith('agreement.') && kind !== 'agreement.name' && kind !== 'agreement.contact';

/**
 * The same words mean different fields in different places: "Contact e-mail" in "About you" is the
 * contributor's address; "E-mail" right after an agreement's maintainer is the maintainer's;
 * "Organisation" inside an agreement without a maintainer is its maintainer.
 */
function contextualField(field: Field, aboutYou: boolean, block: RawAgreement | null): Field {
  if (field === 'agreement.contact' && (aboutYou || !block)) return 'contributor.email';
  if (field === 'contributor.affiliation' && !aboutYou && block && !block['agreement.maintainer']) return 'agreement.maintainer';
  if (field === 'contributor.email' && !aboutYou && block?.['agreement.maintainer'] && !block['agreement.contact']) return 'agreement.contact';
  return field;
}

/** "Name: X" followed by "Date: ..." or "Parties: ..." names an agreement, not the contributor. */
function agreementFieldFollows(labels: ReadonlyArray<Label | null>, k: number): boolean {
  const next = labels.slice(k + 1, k + 8).filter((l): l is Label => l !== null).slice(0, 2);
  return next.some((l) => isAgreementDetail(l.kind));
}

/** Does this unlabelled line carry on the value of the field just opened? */
function continues(open: Open, current: RawField, unit: Line, previous: Line | null): boolean {
  // a letter's closing ends every answer: the signature is not the last field's value
  if (isClosing(unit.text)) return false;
  if (current.value === '') {
    if (unit.block === 'heading') return false;
    if (unit.number !== null) open.item = Number(unit.number);
    return true;
  }
  // the numbered list a field awaited runs on as long as its numbering does: "2. Protection of ..." after its "1. ..."
  if (open.item !== undefined && unit.number !== null && Number(unit.number) === open.item + 1) {
    open.item += 1;
    return true;
  }
  const subItem = (unit.block === 'list-item' && unit.depth > open.depth) || /^\s*<?https?:\/\/\S+>?\s*$/.test(unit.text);
  if (unit.opensBlock) return MULTILINE.has(open.field) && subItem;
  if (MULTILINE.has(open.field)) return true;
  // a single-line value hard-wrapped by the mail client
  const last = previous?.text ?? '';
  return last.length >= WRAP_WIDTH && !/[.!?]$/.test(last);
}

/** A heading, a bold line or a numbered item standing alone: the name of what follows it. */
function isTitleLine(unit: Line): boolean {
  const text = unit.text.trim();
  if (!unit.opensBlock || !hasTitleShape(text)) return false;
  return unit.block === 'heading' || (unit.lead !== null && unit.lead.replace(/[\s:]+$/, '') === text.replace(/[\s:]+$/, '')) || (unit.block === 'list-item' && unit.number !== null);
}

/** "* Lisbon Principles" with "- adopted: 2021" nested under it: a list item whose sub-items carry an agreement's fields names them. */
function headsItsFields(unit: Line, next: Unit | undefined, nextLabel: Label | null | undefined): boolean {
  if (unit.block !== 'list-item' || next?.kind !== 'line' || next.block !== 'list-item' || next.depth <= unit.depth) return false;
  return Boolean(nextLabel && isAgreementDetail(nextLabel.kind)) && hasTitleShape(unit.text.trim());
}

/** A name's shape: at most 20 words, not ending like a sentence or a clause (told first: most long lines end like a sentence). */
const hasTitleShape = (text: string) => !/[.,;!?]$/.test(text) && wordsAtMost(text, MAX_TITLE_WORDS);
const MAX_TITLE_WORDS = 20;
const GAPS = /\s+/g;
/** `text.split(/\s+/).length <= max`, counting the gaps only up to max: a paragraph is not split to tell it is long. */
function wordsAtMost(text: string, max: number): boolean {
  GAPS.lastIndex = 0;
  let words = 1;
  while (GAPS.exec(text) !== null) if (++words > max) return false;
  return true;
}

/** The sentences after a question's own: questions end in '?'; "If so, please provide ..." is still the call's. */
function dropQuestionSentences(text: string): string {
  const sentences = text.match(/[^.?!]+(?:[.?!]+|$)\s*/g) ?? [];
  let i = 0;
  while (i < sentences.length && (sentences[i]!.trim().endsWith('?') || /^(if so|si (oui|c'est le cas|es asi)|en caso afirmativo)\b/i.test(sentences[i]!.trim()))) i += 1;
  return sentences.slice(i).join('').trim();
}

function addAnswer(answers: Map<number, string[]>, n: number, text: string): void {
  const list = answers.get(n) ?? [];
  list.push(text);
  answers.set(n, list);
}
