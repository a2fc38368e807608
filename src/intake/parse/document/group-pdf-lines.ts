import type { DocumentBlock, TableCell } from './document-block.js';
import { readListMarker } from './read-list-marker.js';

/** The part of a pdf.js text item that layout needs. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y] */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A gap wider than this many font heights is a column break (a table cell). */
const COLUMN_GAP = 1.5;
/** Lines further apart than this many font heights are in different paragraphs (Word's space after a paragraph). */
const PARAGRAPH_GAP = 1.7;
/** Text this much larger than the body text is a heading. */
const HEADING_SIZE = 1.25;
const SEPARATOR = /^\s*([-_=*~])(?:\s*\1){2,}\s*$/;

interface Cell { x: number; text: string }
interface Line { x: number; y: number; size: number; cells: Cell[] }
type TextBlock = Extract<DocumentBlock, { kind: 'paragraph' | 'list-item' | 'heading' }>;
/** where the block under construction sits, for deciding whether the next line continues it */
interface Open { block: TextBlock | Extract<DocumentBlock, { kind: 'table' }>; x: number; y: number; size: number; columns: number[] }

/**
 * PDF text (pdf.js items, page by page) as blocks: items become lines where the text moves down
 * and cells where it jumps right by more than COLUMN_GAP; lines become paragraphs while they follow
 * closely at the same size and margin, list items where they start with a number or bullet (nested by
 * indentation), headings where the type is larger than the body's, tables where lines have columns
 * (a two-column "label | value" layout is a table of two cells per row).
 */
export function groupPdfLines(pages: ReadonlyArray<readonly PdfTextItem[]>): DocumentBlock[] {
  const pageLines = pages.map(toLines);
  const body = bodySize(pageLines.flat());
  const blocks: DocumentBlock[] = [];
  for (const lines of pageLines) {
    let open: Open | null = null;
    let listXs: number[] = [];
    for (const line of lines) {
      const gap = open ? open.y - line.y : Infinity;
      const close = gap > 0 && gap <= PARAGRAPH_GAP * Math.max(line.size, open?.size ?? 0);
      if (line.cells.length > 1) {
        open = addRow(open, line, close, blocks);
        continue;
      }
      const text = line.cells[0]!.text;
      if (open?.block.kind === 'table' && close && addToCell(open, line)) continue;
      if (SEPARATOR.test(text)) {
        blocks.push({ kind: 'separator', quoteDepth: 0 });
        open = null;
        continue;
      }
      const sameSize = open !== null && Math.abs(line.size - open.size) <= 0.15 * line.size;
      const marker = readListMarker(text);
      if (line.size >= body * HEADING_SIZE) {
        if (open?.block.kind === 'heading' && close && sameSize) open.block.lines.push(text);
        else open = start({ kind: 'heading', level: line.size >= body * 1.6 ? 1 : 2, number: marker?.number ?? null, lines: [marker?.rest || text], quoteDepth: 0 }, line, blocks);
        continue;
      }
      if (marker && marker.rest !== '') {
        while (listXs.length > 0 && line.x < listXs[listXs.length - 1]! - line.size / 2) listXs.pop();
        if (listXs.length === 0 || line.x > listXs[listXs.length - 1]! + line.size / 2) listXs.push(line.x);
        const item: TextBlock = { kind: 'list-item', depth: listXs.length - 1, marker: marker.marker, number: marker.number, strongLead: null, lines: [marker.rest], quoteDepth: 0 };
        open = start(item, line, blocks);
        continue;
      }
      if (open && close && sameSize && continues(open, line)) {
        (open.block as TextBlock).lines.push(text);
        open.y = line.y;
        continue;
      }
      if (line.x <= (listXs[0] ?? Infinity) + line.size / 2) listXs = [];
      open = start({ kind: 'paragraph', number: null, strongLead: null, lines: [text], quoteDepth: 0 }, line, blocks);
    }
  }
  return blocks;
}

function start(block: Open['block'], line: Line, blocks: DocumentBlock[]): Open {
  blocks.push(block);
  return { block, x: line.x, y: line.y, size: line.size, columns: line.cells.map((c) => c.x) };
}

/** A paragraph goes on at its left margin (a line indented further starts the next one); a list item's lines hang under it. */
function continues(open: Open, line: Line): boolean {
  const kind = open.block.kind;
  if (kind === 'heading' || kind === 'table') return false;
  if (kind === 'list-item') return line.x >= open.x - line.size / 2;
  return Math.abs(line.x - open.x) <= line.size;
}

function addRow(open: Open | null, line: Line, close: boolean, blocks: DocumentBlock[]): Open {
  const row: TableCell[] = line.cells.map((c) => ({ lines: [c.text], strongLead: null, header: false }));
  if (open?.block.kind === 'table' && close) {
    open.block.rows.push(row);
    open.y = line.y;
    open.columns = line.cells.map((c) => c.x);
    return open;
  }
  return start({ kind: 'table', rows: [row], quoteDepth: 0 }, line, blocks);
}

/**
 * A one-cell line right under a table row, aligned with one of its value cells, wraps that cell's
 * text (a line at the first column's margin is more often the paragraph after the table).
 */
function addToCell(open: Open, line: Line): boolean {
  if (open.block.kind !== 'table') return false;
  const column = open.columns.findIndex((x, i) => i > 0 && Math.abs(x - line.x) <= line.size);
  const cell = open.block.rows[open.block.rows.length - 1]?.[column];
  if (!cell) return false;
  cell.lines.push(line.cells[0]!.text);
  open.y = line.y;
  return true;
}

/** Items to lines: a new line where the text moves down by half a line, a new cell where it jumps right. */
function toLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  let prev: PdfTextItem | null = null;
  for (const item of items) {
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
    const size = Math.max(item.height, Math.hypot(a, b), 1);
    if (item.str.trim() === '' && !(line && item.width > size * COLUMN_GAP)) {
      if (item.hasEOL) prev = null;
      continue;
    }
    const [, , , , px = 0, py = 0] = prev?.transform ?? [];
    if (!line || !prev || Math.abs(y - py) > size * 0.5) {
      line = { x, y, size, cells: [] };
      lines.push(line);
    }
    const cell = line.cells[line.cells.length - 1];
    const gap = prev ? x - (px + prev.width) : 0;
    // pdf.js fills a jump between columns with one wide white-space item
    const jump = item.str.trim() === '' || !cell || gap > size * COLUMN_GAP;
    if (jump) {
      if (item.str.trim() !== '') line.cells.push({ x, text: item.str.trim() });
      else line.cells.push({ x: x + item.width, text: '' });
    } else cell.text += (gap > size * 0.15 && !cell.text.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '') + item.str;
    line.size = Math.max(line.size, size);
    prev = item.hasEOL ? null : item;
  }
  for (const l of lines) l.cells = l.cells.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() })).filter((c) => c.text !== '');
  return lines.filter((l) => l.cells.length > 0);
}

/** The size most of the text is set in. */
function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size);
    chars.set(size, (chars.get(size) ?? 0) + l.cells.reduce((n, c) => n + c.text.length, 0));
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best || 1;
}
