/** The part of a pdf.js text item that layout needs. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y] */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A gap wider than this many font heights is a column break (a table cell), read as a tab. */
const COLUMN_GAP = 1.5;

/**
 * Page text from pdf.js items with the layout a questionnaire needs: a new line where the text
 * moves down, a tab where it jumps to another column ("Name of agreement<tab>Paris Call"), so a
 * two-column table in a PDF reads like "label: value".
 */
export function joinPdfTextItems(items: readonly PdfTextItem[]): string {
  let out = '';
  let prev: PdfTextItem | null = null;
  for (const item of items) {
    if (prev && !prev.hasEOL && out !== '' && !out.endsWith('\n')) {
      const [, , , , x = 0, y = 0] = item.transform;
      const [, , , , px = 0, py = 0] = prev.transform;
      const size = Math.max(item.height, prev.height, 1);
      if (Math.abs(y - py) > size * 0.5) out += '\n';
      else {
        const gap = x - (px + prev.width);
        if (gap > size * COLUMN_GAP) out += '\t';
        else if (gap > size * 0.15 && !/\s$/.test(out) && !/^\s/.test(item.str)) out += ' ';
      }
    }
    // pdf.js fills a jump between columns with one wide whitespace item
    const size = Math.max(item.height, Math.abs(item.transform[0] ?? 0), 1);
    const columnJump = item.str.trim() === '' && item.width > size * COLUMN_GAP;
    out += (columnJump ? '\t' : item.str) + (item.hasEOL ? '\n' : '');
    prev = item;
  }
  return out;
}
