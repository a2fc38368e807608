import { LIMITS } from '../limits.js';
import { warning, type ParseWarning } from '../parse-warning.js';
import type { DocumentBlock } from './document-block.js';
import { readListMarker, splitListMarker } from './read-list-marker.js';

type TextBlock = Extract<DocumentBlock, { kind: 'paragraph' | 'list-item' }>;

/** A line of only dashes, underscores, equals signs, asterisks or tildes (3 or more), or the signature mark "-- ". */
const SEPARATOR = /^\s*([-_=*~])(?:\s*\1){2,}\s*$|^--\s?$/;
/** the characters a SEPARATOR line opens with, past its spaces (which trim() and \s agree on) */
const RULE_MARKS = '-_=*~';
const MARKDOWN_HEADING = /^(#{1,6})\s+(\S.*?)\s*#*\s*$/;
/** "**Name of agreement:** value": the bold words a line starts with */
const BOLD_LEAD = /^\*\*(?=\S)([^*]+?)\*\*/;
const BOLD = /\*\*(?=\S)([^*\n]+?)\*\*/g;

/**
 * Plain text (mailparser has already joined the soft line breaks of format=flowed, RFC 3676) as
 * blocks: paragraphs split on blank lines with their lines kept, "-", "*", "•" bullets and "1.",
 * "1)", "a)", "(iv)" numbering read into list items nested by indentation, rules of dashes as
 * separators, and the quote depth of "> " prefixes. One pass over the lines.
 */
export function readPlainText(text: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let open: TextBlock | null = null;
  /** indentation of each nesting level of the list being read */
  let listIndents: number[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const { depth, content } = unquote(raw);
    const line = content.trim();
    if (line === '') {
      open = null;
      continue;
    }
    if (open && open.quoteDepth !== depth) open = null;
    // a rule or a heading opens with its mark: most lines are neither, and skip both patterns
    if (RULE_MARKS.includes(line[0]!) && SEPARATOR.test(content)) {
      blocks.push({ kind: 'separator', quoteDepth: depth });
      open = null;
      listIndents = [];
      continue;
    }
    const heading = line[0] === '#' ? MARKDOWN_HEADING.exec(line) : null;
    if (heading) {
      const marker = readListMarker(heading[2]!);
      blocks.push({ kind: 'heading', level: heading[1]!.length, number: marker?.number ?? null, lines: [marker?.rest ?? heading[2]!], quoteDepth: depth });
      open = null;
      listIndents = [];
      continue;
    }
    const indent = content.length - content.trimStart().length;
    const { marker, line: first, strongLead } = readLead(line);
    if (marker) {
      while (listIndents.length > 0 && indent < listIndents[listIndents.length - 1]! - 1) listIndents.pop();
      if (listIndents.length === 0 || indent > listIndents[listIndents.length - 1]! + 1) listIndents.push(indent);
      open = { kind: 'list-item', depth: listIndents.length - 1, marker: marker.marker, number: marker.number, strongLead, lines: [], quoteDepth: depth };
      blocks.push(open);
      if (first) addLine(open, first);
      continue;
    }
    // a line led by bold words is a label: it starts a block of its own
    if (open && strongLead === null) {
      addLine(open, line);
      continue;
    }
    if (indent === 0) listIndents = [];
    open = { kind: 'paragraph', number: null, strongLead, lines: [], quoteDepth: depth };
    blocks.push(open);
    addLine(open, first);
  }
  return blocks;
}

/** A line into its block, its "**bold**" words (after the lead) into the block's strongWords. */
function addLine(block: TextBlock, line: string): void {
  if (!line.includes('**')) {
    block.lines.push(line);
    return;
  }
  block.lines.push(
    line.replace(BOLD, (_, word: string) => {
      (block.strongWords ??= []).push(word.trim());
      return word;
    }),
  );
}

/** A body or .txt attachment: readPlainText on its first MAX_TEXT_CHARS (cut before reading: a body may have 30 MB). */
export function readTextPart(text: string): { blocks: DocumentBlock[]; warnings: ParseWarning[] } {
  const warnings = text.length > LIMITS.MAX_TEXT_CHARS ? [textTruncated(text.length)] : [];
  return { blocks: readPlainText(text.slice(0, LIMITS.MAX_TEXT_CHARS)), warnings };
}

export function textTruncated(chars: number): ParseWarning {
  return warning('text-truncated', `a part has ${chars} characters; read the first ${LIMITS.MAX_TEXT_CHARS}`);
}

/** "> > text" -> depth 2, "text"; the one space after the last '>' is the quoting's, not the text's. */
function unquote(line: string): { depth: number; content: string } {
  let depth = 0;
  let at = 0;
  for (let i = 0; ; depth += 1, at = i + 1) {
    i = at;
    while (line[i] === ' ' || line[i] === '\t') i += 1;
    if (line[i] !== '>') break;
  }
  if (depth === 0) return { depth, content: line };
  return { depth, content: line.slice(line[at] === ' ' ? at + 1 : at) };
}

/** List marker and bold lead in either order: "- **Name:** X" and "**1. Name:** X". */
function readLead(line: string): ReturnType<typeof splitListMarker> {
  const outer = readListMarker(line);
  if (outer) {
    const bold = readBoldLead(outer.rest);
    return { marker: outer, line: bold.text, strongLead: bold.strongLead };
  }
  const bold = readBoldLead(line);
  // no bold lead: the text is the line, already read for a marker
  if (bold.strongLead === null) return { marker: null, line, strongLead: null };
  return splitListMarker(bold.text, bold.strongLead);
}

function readBoldLead(line: string): { strongLead: string | null; text: string } {
  const m = BOLD_LEAD.exec(line);
  if (!m) return { strongLead: null, text: line };
  const lead = m[1]!.trim();
  return { strongLead: lead, text: `${m[1]}${line.slice(m[0].length)}`.trim() };
}
