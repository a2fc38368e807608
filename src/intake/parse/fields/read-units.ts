import type { DocumentBlock, DocumentPart, TableCell } from '../document/document-block.js';
import { foldText } from '../fold-text.js';
import { isCallText } from '../is-call-text.js';
import { readLabel } from './read-label.js';

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
    }
  | { kind: 'table'; rows: TableCell[][] }
  /** a separator, or the end of a part: nothing carries over it */
  | { kind: 'break' };

export interface SenderText {
  units: Unit[];
  /** From of a forwarded message found inline ("---------- Forwarded message ---------") */
  forwardedFrom: { name: string; address: string } | null;
}

/** "On Mon, 5 Oct 2020, X wrote:", "El lun, ... escribió:", "Le 5 oct. 2020 à 10:00, X a écrit :", and kin. */
const ATTRIBUTION = /^\s*(on|el|le|am|op|il|em)\b.{3,240}\b(wrote|writes|escribio|a ecrit|schrieb|schreef|ha scritto|escreveu)\s*:?\s*$/;
const ORIGINAL = /^\s*-{2,}\s*(original message|mensaje original|message d'origine|message original|ursprungliche nachricht)\s*-{2,}\s*$/;
const FORWARD_MARK = /^\s*(-{2,}\s*(forwarded message|message transfere|mensaje reenviado|weitergeleitete nachricht)\s*-{2,}|begin forwarded message:|debut du message reexpedie\s*:)\s*$/;
const HEADER_ANY = /^\s*(from|de|von|sent|envoye|enviado(?: el)?|date|fecha|gesendet|to|a|para|an|cc|subject|objet|asunto|betreff)\s*:/;
const HEADER_FROM = /^\s*(from|de|von)\s*:/;
const HEADER_SENT = /^\s*(sent|envoye|enviado(?: el)?|date|fecha|gesendet|subject|objet|asunto)\s*:/;
const ANNEX = /^(annex|annexe|anexo)\s+a\b/;

/** "Name **Bart Hogeveen**": a plain label and a bold value, which the writer meant as "Name: Bart Hogeveen" */
const BOLD_VALUE = /^([^*:]{1,120}?)\s+(?:\*\*|__)([^*_]+)(?:\*\*|__)\s*$/;
const stripEmphasis = (s: string) =>
  s.replace(BOLD_VALUE, '$1: $2').replace(/\*\*|__/g, '').replace(/^\*(?!\s)|(?<!\s)\*$/g, '');

/**
 * The sender's own words, in reading order, as units the field reader walks: quoted replies are left
 * out (a quoted empty label answered just below it is kept: interleaved answers), and so are a reply's
 * unquoted original after its attribution or Outlook header, the call's own text and its Annex A.
 * In a forward the forwarded message is the content: its quotes are read and its header gives its author.
 */
export function readSenderText(parts: readonly DocumentPart[], isForward: boolean): SenderText {
  const units: Unit[] = [];
  let forwardedFrom: SenderText['forwardedFrom'] = null;
  for (const [p, part] of parts.entries()) {
    let forward = isForward || part.source.includes('message/rfc822');
    let inAnnex = false;
    const entries = flatten(part.blocks);
    reading: for (let k = 0; k < entries.length; k += 1) {
      const { block, line, i, next } = entries[k]!;
      if (block.kind === 'separator') {
        units.push({ kind: 'break' });
        continue;
      }
      if (block.quoteDepth > 0 && !forward) {
        if (block.kind === 'table' || i === block.lines.length - 1) {
          const kept = interleavedLabel(block, next);
          if (kept) units.push(lineUnit(kept, null, null, 'paragraph', 0, true, p));
        }
        continue;
      }
      if (block.kind === 'table') {
        if (!inAnnex) units.push({ kind: 'table', rows: block.rows });
        continue;
      }
      const folded = foldText(line.trim());
      if (folded === '') continue;
      if (FORWARD_MARK.test(folded)) {
        forward = true;
        continue;
      }
      const header = headerAt(entries, k);
      if (header) {
        if (!forward) break reading; // a reply's original below an Outlook header is not the sender's
        forwardedFrom ??= header.from;
        k = header.end;
        continue;
      }
      if (!forward && ORIGINAL.test(folded)) break reading;
      if (folded.length < 300 && ATTRIBUTION.test(folded)) {
        if (!forward && !(entries[k + 1]?.block.quoteDepth ?? 0)) break reading;
        continue;
      }
      if (ANNEX.test(folded)) {
        inAnnex = true;
        continue;
      }
      const lead = i === 0 && 'strongLead' in block ? block.strongLead : null;
      const label = readLabel(stripEmphasis(line), lead ?? markdownLead(line));
      if (inAnnex && (label?.kind === 'section.about' || label?.kind.startsWith('contributor.'))) inAnnex = false;
      if (inAnnex || (!label && isCallText(line))) continue;
      const depth = block.kind === 'list-item' ? block.depth : 0;
      units.push(lineUnit(line, lead, i === 0 && 'number' in block ? block.number : null, block.kind, depth, i === 0, p));
    }
    units.push({ kind: 'break' });
  }
  return { units, forwardedFrom };
}

interface Entry {
  block: DocumentBlock;
  /** the line ('' for tables and separators) and its index in the block */
  line: string;
  i: number;
  /** the block after this one */
  next: DocumentBlock | undefined;
}

function flatten(blocks: readonly DocumentBlock[]): Entry[] {
  return blocks.flatMap((block, b): Entry[] => {
    const next = blocks[b + 1];
    if (block.kind === 'table' || block.kind === 'separator') return [{ block, line: '', i: 0, next }];
    return block.lines.map((line, i) => ({ block, line, i, next }));
  });
}

function lineUnit(raw: string, lead: string | null, number: string | null, block: 'heading' | 'paragraph' | 'list-item', depth: number, opensBlock: boolean, part: number): Unit {
  return { kind: 'line', text: stripEmphasis(raw).trim(), lead: lead ?? markdownLead(raw), number, block, depth, opensBlock, part };
}

/** "**Date of launch:** 2016" in plain text: the bold opening a markdown writer meant. */
function markdownLead(raw: string): string | null {
  return /^\s*(?:\*\*|__)([^*_]{1,200}?)(?:\*\*|__)/.exec(raw)?.[1]?.trim() ?? null;
}

/** A quoted label left empty ("> Nombre del acuerdo:") that the sender answered right below it. */
function interleavedLabel(block: DocumentBlock, next: DocumentBlock | undefined): string | null {
  if (block.kind === 'table' || block.kind === 'separator' || !next || next.quoteDepth > 0 || next.kind === 'table' || next.kind === 'separator') return null;
  const last = block.lines[block.lines.length - 1] ?? '';
  const label = readLabel(stripEmphasis(last));
  if (!label || label.value !== '' || label.kind.startsWith('question.') || label.kind === 'section.about') return null;
  return readLabel(stripEmphasis(next.lines[0] ?? '')) ? null : last;
}

/**
 * "From: X" with "Sent:"/"Date:"/"Subject:" among the next lines: an Outlook-style header of a
 * quoted or forwarded message. Returns its author and the entry of its last header line.
 */
function headerAt(entries: readonly Entry[], k: number): { from: { name: string; address: string }; end: number } | null {
  const first = HEADER_FROM.exec(foldText(stripEmphasis(entries[k]!.line)));
  if (!first) return null;
  const following = entries.slice(k + 1, k + 6).map((e) => foldText(stripEmphasis(e.line)));
  if (!following.some((l) => HEADER_SENT.test(l))) return null;
  let end = k;
  for (const l of following) {
    if (!HEADER_ANY.test(l)) break;
    end += 1;
  }
  return { from: parseFrom(stripEmphasis(entries[k]!.line).replace(/^\s*\w+\s*:\s*/, '')), end };
}

function parseFrom(value: string): { name: string; address: string } {
  const address = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(value)?.[0] ?? '';
  const name = value.replace(/<[^>]*>|\[[^\]]*\]|mailto:\S+/g, '').replace(address, '').replace(/["']/g, '').trim();
  return { name, address };
}
