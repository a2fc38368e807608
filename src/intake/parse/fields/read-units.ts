import { isGreeting } from '../contributor/read-signature-block.js';
import type { DocumentBlock, DocumentPart, TableCell } from '../document/document-block.js';
import { foldText } from '../fold-text.js';
import { isCallText } from '../is-call-text.js';
import { joinWrappedLabels, readLabel, type Label } from './read-label.js';

/** One line of the sender's own text, with what its block said about it; or a table; or a break. */
export type Unit =
  | {
      kind: 'line';
      text: string;
      /** bold words the line opens with (first line of a block only) */
      lead: string | null;
      /** list or heading number of the block (first line only) */
      number: string | null;
      block: 'heading' | 'paragraph' | 'list-item';
      /** list nesting, 0 outside lists */
      depth: number;
      /** first line of its block: the line before it ended a block */
      opensBlock: boolean;
      /** index of the part (body, attachment) it was read from */
      part: number;
      /** the label the line opens with, if any (readLabel of text and lead) */
      label: Label | null;
    }
  | { kind: 'table'; rows: TableCell[][] }
  /** a separator, or the end of a part: nothing carries over it */
  | { kind: 'break' };

/** "From: Kim <k@x.org>" in a forward's header: who wrote the forwarded message. */
const HEADER_FROM = /^\s*(from|de|von)\s*:\s*(.+)$/i;
const ANNEX = /^(annex|annexe|anexo)\s+a\b/;
/** Only a line starting "an" may be Annex A's heading: the others are not folded to test it, nor sliced when they open with an ASCII letter other than "a". */
const isAnnexHeading = (line: string) =>
  !/^\s*[^\saA\u0080-\uffff]/.test(line) && foldText(line.trimStart().slice(0, 2)) === 'an' && ANNEX.test(foldText(line.trim()));

/** "Name **Bart Hogeveen**": a plain label and a bold value, which the writer meant as "Name: Bart Hogeveen" */
const BOLD_VALUE = /^([^*:]{1,120}?)\s+(?:\*\*|__)([^*_]+)(?:\*\*|__)\s*$/;
const stripEmphasis = (s: string) =>
  !/[*_]/.test(s) ? s : (endsBold(s) ? s.replace(BOLD_VALUE, '$1: $2') : s).replace(/\*\*|__/g, '').replace(/^\*(?!\s)|(?<!\s)\*$/g, '');
/** BOLD_VALUE's bold value ends the line: only such a line is given to it, whose lazy label part is slow on a long line. */
const endsBold = (s: string) => {
  const end = s.trimEnd();
  return end.endsWith('**') || end.endsWith('__');
};

/** "Name **Bart Hogeveen**" read into blocks: plain words then a bold value ending the line, meant as "Name: Bart Hogeveen". */
function boldValueAsLabelled(line: string, strongWords: readonly string[] | undefined): string {
  const bold = strongWords?.find((w) => w.trim() !== '' && line.trimEnd().endsWith(w.trim()));
  if (!bold) return line;
  const before = line.trimEnd().slice(0, -bold.trim().length).trim();
  return before === '' || /[:\uff1a]$/.test(before) ? line : `${before}: ${bold.trim()}`;
}

/**
 * The sender's own blocks of each part (quoted replies already left out, see stripQuotedReply) as
 * the units the field reader walks, in reading order, without the call's own text and its Annex A.
 */
export function readUnits(parts: readonly (readonly DocumentBlock[])[]): Unit[] {
  const units: Unit[] = [];
  for (const [p, blocks] of parts.entries()) {
    let inAnnex = false;
    /** the line before was a label whose value follows: the call's words there are the sender's answer */
    let awaitingValue = false;
    /** a line left out as the call's words, kept until the next line tells whether it heads an agreement's fields */
    let heldTitle: Unit | null = null;
    for (const block of blocks) {
      if (block.kind === 'separator') {
        heldTitle = null;
        units.push({ kind: 'break' });
        continue;
      }
      if (block.kind === 'table' || pipeRows(block.lines)) {
        heldTitle = null;
        if (!inAnnex) units.push({ kind: 'table', rows: block.kind === 'table' ? block.rows : pipeRows(block.lines)! });
        continue;
      }
      joinWrappedLabels(block.lines).forEach((line, i) => {
        if (line.trim() === '') return;
        if (isAnnexHeading(line)) {
          inAnnex = true;
          return;
        }
        const lead = i === 0 && 'strongLead' in block ? block.strongLead : null;
        const unit = lineUnit(boldValueAsLabelled(line, 'strongWords' in block ? block.strongWords : undefined), lead, i === 0 && 'number' in block ? block.number : null, block.kind, block.kind === 'list-item' ? block.depth : 0, i === 0, p);
        const label = unit.label;
        if (inAnnex && (label?.kind === 'section.about' || label?.kind.startsWith('contributor.'))) inAnnex = false;
        if (inAnnex) return;
        if (!label && !awaitingValue && isCallText(line)) {
          // the call's words for an agreement it lists ("Mutually Agreed Norms for Routing Security") are the sender's title when fields follow
          heldTitle = unit.opensBlock ? unit : null;
          return;
        }
        if (heldTitle && label && namesAgreementDetail(label)) units.push(heldTitle);
        heldTitle = null;
        awaitingValue = label !== null && label.value === '' && !label.kind.startsWith('question.') && label.kind !== 'section.about';
        units.push(unit);
      });
    }
    units.push({ kind: 'break' });
  }
  return units;
}

/** A label of an agreement's own facts (its date, parties, signatories, maintainer, norms), not its name. */
const namesAgreementDetail = (label: Label) => label.kind.startsWith('agreement.') && label.kind !== 'agreement.name';

/**
 * The author of the first forwarded message: its own From, or the header a forward introduces it
 * with. In a message forwarded by subject ("FW:"), Outlook's bare "From: / Sent: / To:" header,
 * read as a reply's intro, introduces the forwarded message too.
 */
export function findForwardedAuthor(parts: readonly DocumentPart[], isForward = false): { name: string; address: string } | null {
  for (const part of parts) {
    if (part.source.includes('message/rfc822') && part.from) return part.from;
    for (const block of part.blocks) {
      if (block.kind !== 'paragraph' || !(block.intro === 'forward' || (isForward && block.intro === 'reply'))) continue;
      const from = block.lines.map((l) => HEADER_FROM.exec(l.replace(/\*\*|__/g, ''))?.[2]).find((v) => v !== undefined);
      if (from) return parseFrom(from);
    }
  }
  return null;
}

function lineUnit(raw: string, lead: string | null, number: string | null, block: 'heading' | 'paragraph' | 'list-item', depth: number, opensBlock: boolean, part: number): Extract<Unit, { kind: 'line' }> {
  const text = stripEmphasis(raw).trim();
  const unitLead = lead ?? markdownLead(raw);
  // a letter's greeting ("Estimados miembros del BPF:") is no label, whatever its words
  return { kind: 'line', text, lead: unitLead, number, block, depth, opensBlock, part, label: opensBlock && isGreeting(text) ? null : readLabel(text, unitLead) };
}

/** A markdown table written in a text body ("| Name | Year |"), rule lines left out; null for other text. */
function pipeRows(lines: readonly string[]): TableCell[][] | null {
  const rows = lines.filter((l) => !/^[\s|:+-]+$/.test(l));
  if (rows.length < 2 || !rows.every((l) => /\S\s*\|\s*\S/.test(l))) return null;
  return rows.map((l) => l.trim().replace(/^\||\|$/g, '').split('|').map((c) => ({ lines: [c.trim()], strongLead: null, header: false })));
}

/** "**Date of launch:** 2016" in plain text: the bold opening a markdown writer meant. */
function markdownLead(raw: string): string | null {
  return /^\s*(?:\*\*|__)([^*_]{1,200}?)(?:\*\*|__)/.exec(raw)?.[1]?.trim() ?? null;
}

function parseFrom(value: string): { name: string; address: string } {
  const address = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(value)?.[0] ?? '';
  const name = value.replace(/<[^>]*>|\[[^\]]*\]|mailto:\S+/g, '').replace(address, '').replace(/["']/g, '').trim();
  return { name, address };
}
