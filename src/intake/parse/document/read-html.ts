import type { DocumentBlock, TableCell } from './document-block.js';
import { readIntroKind } from './mark-quoted-text.js';
import { LIMITS } from '../limits.js';
import { readListMarker, splitListMarker } from './read-list-marker.js';
import { walkHtml } from './walk-html.js';

type Attribs = Record<string, string>;

/** Content that is never shown as text. */
const SKIP = new Set(['script', 'style', 'title', 'noscript', 'template', 'svg', 'math', 'object', 'iframe', 'select', 'xml']);
/** Elements that end the block before them and start a new one. */
const BLOCK = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'pre', 'blockquote', 'address', 'center',
  'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'figure', 'figcaption', 'form', 'fieldset', 'details',
  'summary', 'caption', 'table', 'tr', 'td', 'th', 'hr',
]);
/** Mail programs' wrappers around a reply's attribution or a quoted original's header. */
const INTRO_CLASS = /\b(gmail_attr|moz-cite-prefix|moz-email-headers-table)\b/;
const BOLD_STYLE = /font-weight\s*:\s*(bold|[6-9]00)/i;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

interface ListFrame { ordered: boolean; next: number; type: string }
interface Item { number: string | null; marker: 'bullet' | 'number'; depth: number; started: boolean }
interface Cell { blocks: DocumentBlock[]; header: boolean }
interface TableFrame { rows: Cell[][]; quoteDepth: number; head: boolean; intro: boolean }

/** What an open element changed, undone when it closes. */
interface Frame {
  block: boolean;
  soft?: boolean;
  skip?: boolean;
  quote?: boolean;
  strong?: boolean;
  pre?: boolean;
  intro?: boolean;
  heading?: number;
  list?: ListFrame;
  item?: Item;
  /** a table, or null for one nested deeper than MAX_TABLE_NESTING (read as its text) */
  table?: TableFrame | null;
  cell?: Cell;
  link?: { href: string; text: string };
}

/**
 * HTML (a mail body, or a .docx through mammoth) as blocks, in one pass of htmlparser2's tokenizer:
 * p and h1–h6 are paragraphs and headings; div and br make lines, an empty line (Gmail's
 * `<div><br></div>`) a new paragraph; ul/ol/li list items with depth, marker and number (ol start,
 * li value, type a/i); tables with rows and cells, a layout table (one filled cell per row) unwrapped
 * into its content and a table in a cell flattened into the cell's lines; bold at a block's start
 * (b, strong, font-weight) its strongLead; blockquote a quote level; hr a separator; the wrappers
 * of Gmail's attribution and Outlook's original-message header an intro.
 */
export function readHtml(html: string): DocumentBlock[] {
  const root: DocumentBlock[] = [];
  const containers: DocumentBlock[][] = [root];
  const frames: Frame[] = [];
  const lists: ListFrame[] = [];
  const tables: Array<TableFrame | null> = [];
  let quoteDepth = 0;
  let skip = 0;
  let pre = 0;
  let strong = 0;
  let intro = 0;
  // the block being written
  let lines: string[] = [];
  let line = '';
  /** the line has more than white space (kept, not recomputed: lines may be long) */
  let lineFilled = false;
  let lead: string | null = null;
  let leadOpen = false;
  /** bold words after the lead, and the run being read */
  let words: string[] = [];
  let run: string | null = null;
  let link: { href: string; text: string } | null = null;

  /** open headings' levels; open list items, and null for a table cell (inside it, text is the cell's) */
  const headings: number[] = [];
  const items: Array<Item | null> = [];

  const hasText = () => lineFilled || lines.length > 0;
  const closeRun = () => {
    if (run !== null && run.trim() !== '') words.push(run.trim());
    run = null;
  };
  const endLine = () => {
    closeRun();
    if (lineFilled) lines.push(line.trim());
    line = '';
    lineFilled = false;
    leadOpen = false;
  };

  function flush(): void {
    endLine();
    if (lines.length > 0) containers[containers.length - 1]!.push(makeBlock(lines, lead, words.length > 0 ? { strongWords: words } : {}));
    lines = [];
    words = [];
    lead = null;
    leadOpen = false;
  }

  function makeBlock(text: string[], strongLead: string | null, emphasis: { strongWords?: string[] }): DocumentBlock {
    const heading = headings[headings.length - 1];
    const item = items[items.length - 1];
    if (heading) {
      const { marker, line: first } = splitListMarker(text[0]!, null);
      return { kind: 'heading', level: heading, number: marker?.number ?? null, lines: [first, ...text.slice(1)], quoteDepth };
    }
    if (item) {
      const number = item.started ? null : item.number;
      item.started = true;
      return { kind: 'list-item', depth: item.depth, marker: item.marker, number, strongLead: strongLead?.trim() || null, ...emphasis, lines: text, quoteDepth };
    }
    const lead = strongLead?.trim() || null;
    const { marker, line: first, strongLead: cleanLead } = splitListMarker(text[0]!, lead);
    if (marker && first !== '') {
      text[0] = first;
      return { kind: 'list-item', depth: 0, marker: marker.marker, number: marker.number, strongLead: cleanLead, ...emphasis, lines: text, quoteDepth };
    }
    if (intro > 0) return { kind: 'paragraph', number: null, strongLead: lead, ...emphasis, lines: text, quoteDepth, intro: readIntroKind(text) };
    return { kind: 'paragraph', number: null, strongLead: lead, ...emphasis, lines: text, quoteDepth };
  }

  function write(raw: string): void {
    if (skip > 0) return;
    let text = raw.replace(INVISIBLE, '');
    if (pre === 0) text = text.replace(/[\s\u00a0]+/g, ' ');
    if (link) link.text += text;
    if (pre > 0) {
      text.split(/\r?\n/).forEach((part, i) => {
        if (i > 0) lineBreak();
        append(part);
      });
      return;
    }
    append(text);
  }

  function append(text: string): void {
    if (text.trim() === '') {
      if (lineFilled && !line.endsWith(' ')) line += ' ';
      if (leadOpen && lead !== null) lead += ' ';
      if (run !== null) run += ' ';
      return;
    }
    if (strong > 0) {
      // bold words at the start of a line begin a labelled block of their own
      if (!lineFilled && lines.length > 0 && !leadOpen) flush();
      const markerOnly = lead === null && lineFilled && line.length < 16 && isMarkerOnly(line);
      if (!hasText() || markerOnly) {
        lead = markerOnly ? line.trim() + ' ' : '';
        leadOpen = true;
      }
      if (leadOpen) lead += text;
      else run = (run ?? '') + text;
    } else {
      leadOpen = false;
      closeRun();
    }
    line += lineFilled ? text : text.trimStart();
    lineFilled = true;
  }

  /** `<br>`: ends the line; a second one in a row (an empty line) ends the paragraph */
  function lineBreak(): void {
    if (!lineFilled && lines.length > 0) flush();
    else endLine();
  }

  function open(name: string, attribs: Attribs): void {
    const frame: Frame = { block: BLOCK.has(name) };
    if (SKIP.has(name)) {
      frame.skip = true;
      skip += 1;
    }
    if (name === 'br') return lineBreak();
    if (frame.block || name === 'div') {
      if (frame.block) flush();
      else endLine();
      frame.soft = !frame.block;
    }
    if (INTRO_CLASS.test(attribs.class ?? '') || attribs.id === 'divRplyFwdMsg') {
      flush();
      frame.intro = true;
      intro += 1;
    }
    if (name === 'b' || name === 'strong' || BOLD_STYLE.test(attribs.style ?? '')) {
      frame.strong = true;
      strong += 1;
    }
    switch (name) {
      case 'hr':
        containers[containers.length - 1]!.push({ kind: 'separator', quoteDepth });
        return;
      case 'blockquote':
        frame.quote = true;
        quoteDepth += 1;
        break;
      case 'pre':
        frame.pre = true;
        pre += 1;
        break;
      case 'ul':
      case 'ol':
        frame.list = { ordered: name === 'ol', next: Number.parseInt(attribs.start ?? '1', 10) || 1, type: attribs.type ?? '1' };
        lists.push(frame.list);
        break;
      case 'li': {
        const list = lists[lists.length - 1];
        const value = Number.parseInt(attribs.value ?? '', 10);
        if (list && Number.isFinite(value)) list.next = value;
        const ordered = list?.ordered ?? false;
        frame.item = { number: ordered ? numberLabel(list!.next++, list!.type) : null, marker: ordered ? 'number' : 'bullet', depth: Math.max(0, lists.length - 1), started: false };
        items.push(frame.item);
        break;
      }
      case 'table':
        frame.table = tables.length < LIMITS.MAX_TABLE_NESTING ? { rows: [], quoteDepth, head: false, intro: frame.intro === true } : null;
        tables.push(frame.table);
        break;
      case 'thead':
      case 'tbody':
      case 'tfoot': {
        const table = tables[tables.length - 1];
        if (table) table.head = name === 'thead';
        break;
      }
      case 'tr':
        tables[tables.length - 1]?.rows.push([]);
        break;
      case 'td':
      case 'th': {
        const table = tables[tables.length - 1];
        if (!table) break;
        if (table.rows.length === 0) table.rows.push([]);
        frame.cell = { blocks: [], header: name === 'th' || table.head };
        items.push(null);
        table.rows[table.rows.length - 1]!.push(frame.cell);
        containers.push(frame.cell.blocks);
        break;
      }
      case 'a':
        if (attribs.href) link = frame.link = { href: attribs.href, text: '' };
        break;
      default:
        if (/^h[1-6]$/.test(name)) {
          frame.heading = Number(name[1]);
          headings.push(frame.heading);
        }
    }
    frames.push(frame);
  }

  function close(name: string): void {
    if (name === 'br' || name === 'hr') return;
    const frame = frames[frames.length - 1];
    if (!frame) return;
    if (frame.link) {
      const target = frame.link.href.trim().replace(/^mailto:/i, '');
      if (/^(https?:|mailto:)/i.test(frame.link.href.trim()) && !frame.link.text.includes(target)) append(` <${target}>`);
      link = null;
    }
    // the block ends while the element is still open: it decides the block's kind
    if (frame.block || frame.intro) flush();
    else if (frame.soft) endLine();
    frames.pop();
    if (frame.intro) intro -= 1;
    if (frame.skip) skip -= 1;
    if (frame.strong) strong -= 1;
    if (frame.quote) quoteDepth -= 1;
    if (frame.pre) pre -= 1;
    if (frame.list) lists.pop();
    if (frame.cell) containers.pop();
    if (frame.cell || frame.item) items.pop();
    if (frame.heading) headings.pop();
    if (frame.table !== undefined) tables.pop();
    if (frame.table) for (const b of finishTable(frame.table)) containers[containers.length - 1]!.push(b);
  }

  walkHtml(html, { onopentag: open, onclosetag: close, ontext: write });
  flush();
  return root;
}

/** A table of data as a table block; a layout table (at most one filled cell per row) as its content. */
function finishTable(t: TableFrame): DocumentBlock[] {
  const rows = t.rows.filter((r) => r.some((c) => c.blocks.length > 0));
  // a header table (Thunderbird's forward) is read as its lines, which are the intro's
  if (t.intro || rows.every((r) => r.filter((c) => c.blocks.length > 0).length <= 1)) return rows.flatMap((r) => r.flatMap((c) => c.blocks));
  return [{ kind: 'table', rows: rows.map((r) => r.map(toCell)), quoteDepth: t.quoteDepth }];
}

/** A cell's blocks as lines; a list keeps its markers and a nested table its rows ("a | b"), as shown. */
function toCell(cell: Cell): TableCell {
  const first = cell.blocks[0];
  const lines = cell.blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'separator':
        return [];
      case 'table':
        return b.rows.map((r) => r.map((c) => c.lines.join(' ')).filter((c) => c !== '').join(' | '));
      case 'list-item':
        return b.lines.map((l, i) => (i === 0 ? `${b.marker === 'number' && b.number ? `${b.number}.` : '-'} ${l}` : l));
      default:
        return b.lines;
    }
  });
  const strongLead = first && (first.kind === 'paragraph' || first.kind === 'list-item') ? first.strongLead : null;
  return { lines: lines.filter((l) => l !== ''), strongLead, header: cell.header };
}

function isMarkerOnly(text: string): boolean {
  return readListMarker(text)?.rest === '';
}

/** The label `<ol type>` shows for item n: 1, a, A, i, I. */
function numberLabel(n: number, type: string): string {
  if (type === 'a' || type === 'A') {
    let s = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
    return type === 'A' ? s.toUpperCase() : s;
  }
  if (type === 'i' || type === 'I') {
    const roman = toRoman(n);
    return type === 'I' ? roman.toUpperCase() : roman;
  }
  return String(n);
}

function toRoman(n: number): string {
  const digits: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let s = '';
  for (const [value, letters] of digits) for (; n >= value; n -= value) s += letters;
  return s;
}
