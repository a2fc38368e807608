import { LIMITS } from '../limits.js';
import { createLineWriter, type WrittenText } from './create-line-writer.js';
import type { DocumentBlock } from './document-block.js';
import { finishHtmlTable, type HtmlCell, type HtmlTable } from './finish-html-table.js';
import { readIntroKind } from './mark-quoted-text.js';
import { formatListNumber, splitListMarker } from './read-list-marker.js';
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
  table?: HtmlTable | null;
  cell?: HtmlCell;
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
  const tables: Array<HtmlTable | null> = [];
  let quoteDepth = 0;
  let skip = 0;
  let pre = 0;
  let strong = 0;
  let intro = 0;
  let link: { href: string; text: string } | null = null;
  /** open headings' levels; open list items, and null for a table cell (inside it, text is the cell's) */
  const headings: number[] = [];
  const items: Array<Item | null> = [];
  const writer = createLineWriter(flush);

  function flush(): void {
    const written = writer.take();
    if (written) containers[containers.length - 1]!.push(makeBlock(written));
  }

  /** The block the open elements make of the text: a heading, a list item, or a paragraph (numbered: a list item). */
  function makeBlock({ lines: text, strongLead, strongWords }: WrittenText): DocumentBlock {
    const emphasis = strongWords.length > 0 ? { strongWords } : {};
    const heading = headings[headings.length - 1];
    const item = items[items.length - 1];
    if (heading) {
      const { marker, line: first } = splitListMarker(text[0]!, null);
      return { kind: 'heading', level: heading, number: marker?.number ?? null, lines: [first, ...text.slice(1)], quoteDepth };
    }
    if (item) {
      const number = item.started ? null : item.number;
      item.started = true;
      return { kind: 'list-item', depth: item.depth, marker: item.marker, number, strongLead, ...emphasis, lines: text, quoteDepth };
    }
    const { marker, line: first, strongLead: cleanLead } = splitListMarker(text[0]!, strongLead);
    if (marker && first !== '') {
      text[0] = first;
      return { kind: 'list-item', depth: 0, marker: marker.marker, number: marker.number, strongLead: cleanLead, ...emphasis, lines: text, quoteDepth };
    }
    if (intro > 0) return { kind: 'paragraph', number: null, strongLead, ...emphasis, lines: text, quoteDepth, intro: readIntroKind(text) };
    return { kind: 'paragraph', number: null, strongLead, ...emphasis, lines: text, quoteDepth };
  }

  function write(raw: string): void {
    if (skip > 0) return;
    let text = raw.replace(INVISIBLE, '');
    if (pre === 0) text = text.replace(/[\s\u00a0]+/g, ' ');
    if (link) link.text += text;
    if (pre === 0) return writer.write(text, strong > 0);
    text.split(/\r?\n/).forEach((part, i) => {
      if (i > 0) writer.lineBreak();
      writer.write(part, strong > 0);
    });
  }

  function open(name: string, attribs: Attribs): void {
    const frame: Frame = { block: BLOCK.has(name) };
    if (SKIP.has(name)) {
      frame.skip = true;
      skip += 1;
    }
    if (name === 'br') return writer.lineBreak();
    if (frame.block) flush();
    else if (name === 'div') {
      writer.endLine();
      frame.soft = true;
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
        frame.item = { number: ordered ? formatListNumber(list!.next++, list!.type) : null, marker: ordered ? 'number' : 'bullet', depth: Math.max(0, lists.length - 1), started: false };
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
      if (/^(https?:|mailto:)/i.test(frame.link.href.trim()) && !frame.link.text.includes(target)) writer.write(` <${target}>`, strong > 0);
      link = null;
    }
    // the block ends while the element is still open: it decides the block's kind
    if (frame.block || frame.intro) flush();
    else if (frame.soft) writer.endLine();
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
    // one by one: a hostile layout table may hold a hundred thousand blocks, too many for push(...)
    if (frame.table) for (const b of finishHtmlTable(frame.table)) containers[containers.length - 1]!.push(b);
  }

  walkHtml(html, { onopentag: open, onclosetag: close, ontext: write });
  flush();
  return root;
}
