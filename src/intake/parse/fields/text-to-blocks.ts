import type { DocumentBlock, TableCell } from '../document/document-block.js';

/**
 * Stand-in reader of the text the current extractors give (plain text, and HTML/docx/PDF already
 * flattened to text with "> ", "- ", "**" and "a | b" rows) into document blocks, until the document/
 * producers read every format into blocks directly. Blank lines end paragraphs.
 */
export function textToBlocks(text: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let paragraph: Extract<DocumentBlock, { kind: 'paragraph' }> | null = null;
  let table: Extract<DocumentBlock, { kind: 'table' }> | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const quote = /^(\s*>)+\s?/.exec(raw);
    const quoteDepth = quote ? (quote[0].match(/>/g) ?? []).length : 0;
    const line = raw.slice(quote?.[0].length ?? 0).replace(/\s+$/, '');
    if (line.trim() === '') {
      paragraph = null;
      table = null;
      continue;
    }
    if (/^\s*([-_*=])(\s*\1){2,}\s*$/.test(line)) {
      blocks.push({ kind: 'separator', quoteDepth });
      paragraph = table = null;
      continue;
    }
    if (/\S\s*\|\s*\S/.test(line) || /^\s*\|.*\|\s*$/.test(line)) {
      if (/^[\s|:+-]+$/.test(line)) continue;
      const cells: TableCell[] = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => ({ lines: [c.trim()], strongLead: null, header: false }));
      if (!table || table.quoteDepth !== quoteDepth) blocks.push((table = { kind: 'table', rows: [], quoteDepth }));
      table.rows.push(cells);
      paragraph = null;
      continue;
    }
    table = null;
    const heading = /^\s*(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, number: null, lines: [heading[2]!], quoteDepth });
      paragraph = null;
      continue;
    }
    const item = /^(\s*)(?:([-*\u2022\u00b7\u25aa\u25e6+])|\(?(\d{1,2}(?:\.\d{1,2})*|[a-h]|[ivx]{1,4})[.)])\s+(.*)$/i.exec(line);
    if (item) {
      const [, indent, bullet, number, rest] = item;
      blocks.push({ kind: 'list-item', depth: Math.floor(indent!.length / 2), marker: bullet ? 'bullet' : 'number', number: number ?? null, strongLead: null, lines: [rest!], quoteDepth });
      paragraph = null;
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'list-item' && paragraph === null && /^\s+\S/.test(line) && last.quoteDepth === quoteDepth) {
      last.lines.push(line.trim());
      continue;
    }
    if (!paragraph || paragraph.quoteDepth !== quoteDepth) blocks.push((paragraph = { kind: 'paragraph', number: null, strongLead: null, lines: [], quoteDepth }));
    paragraph.lines.push(line.trim());
  }
  return blocks;
}
