import type { DocumentBlock, TableCell } from './document-block.js';

export interface HtmlCell {
  blocks: DocumentBlock[];
  header: boolean;
}

export interface HtmlTable {
  rows: HtmlCell[][];
  quoteDepth: number;
  /** thead is open: its cells are headers */
  head: boolean;
  /** a header table inside an intro (Thunderbird's forward): read as its lines, which are the intro's */
  intro: boolean;
}

/**
 * A table of data as a table block; a layout table (at most one filled cell per row, as mail
 * programs wrap whole messages in) as its content, blocks and all.
 */
export function finishHtmlTable(t: HtmlTable): DocumentBlock[] {
  const rows = t.rows.filter((r) => r.some((c) => c.blocks.length > 0));
  if (t.intro || rows.every((r) => r.filter((c) => c.blocks.length > 0).length <= 1)) return rows.flatMap((r) => r.flatMap((c) => c.blocks));
  return [{ kind: 'table', rows: rows.map((r) => r.map(toCell)), quoteDepth: t.quoteDepth }];
}

/** A cell's blocks as lines; a list keeps its markers and a nested table its rows ("a | b"), as shown. */
function toCell(cell: HtmlCell): TableCell {
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
