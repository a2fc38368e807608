import { decodeHtmlEntities } from './decode-html-entities.js';

const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'tr', 'table', 'pre', 'section',
  'article', 'header', 'footer', 'hr', 'dl', 'dt', 'dd', 'blockquote', 'address', 'center', 'tbody', 'thead',
]);
const SKIP = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'xml']);

interface Table { rows: string[][]; row: string[] | null; cell: string[] | null }

/**
 * HTML to plain text that keeps the structure a questionnaire needs: paragraphs and line breaks
 * become lines, list items "- ", bold "**", quoted blocks "> ", a two-column table row
 * "label: value", wider rows "a | b | c" (parse-questionnaire reads those as a table of agreements).
 */
export function htmlToText(html: string): string {
  const out: string[] = [''];
  const tables: Table[] = [];
  let quoteDepth = 0;
  let skipDepth = 0;
  let pre = 0;
  let href: string | null = null;
  let linkText = '';

  const sink = (): string[] => {
    const t = tables[tables.length - 1];
    return t?.cell ?? out;
  };
  const write = (s: string) => {
    const lines = sink();
    lines[lines.length - 1] += s;
  };
  const newline = () => {
    const lines = sink();
    if (lines[lines.length - 1] !== '' || lines.length === 1) lines.push('');
    if (quoteDepth > 0 && tables.length === 0) lines[lines.length - 1] = '> '.repeat(quoteDepth);
  };

  const blankLine = () => {
    newline();
    const lines = sink();
    if (lines.length > 1 && (lines[lines.length - 2] ?? '').replace(/^(>\s?)+/, '') !== '') {
      lines.push(quoteDepth > 0 && tables.length === 0 ? '> '.repeat(quoteDepth) : '');
    }
  };

  const tokens = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+|<)/g;
  for (let m = tokens.exec(html); m; m = tokens.exec(html)) {
    const [, close, rawTag, attrs, text] = m;
    if (text !== undefined) {
      if (skipDepth > 0) continue;
      let t = decodeHtmlEntities(text);
      if (!pre) t = t.replace(/[ \t\r\n\f]+/g, ' ');
      if (href !== null) linkText += t;
      if (pre) t.split('\n').forEach((part, i) => (i > 0 ? (newline(), write(part)) : write(part)));
      else write(t);
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (SKIP.has(tag)) {
      skipDepth = Math.max(0, skipDepth + (close ? -1 : attrs?.trim().endsWith('/') ? 0 : 1));
      continue;
    }
    if (skipDepth > 0) continue;
    if (tag === 'table') {
      if (!close) tables.push({ rows: [], row: null, cell: null });
      else if (tables.length > 0) emitTable(tables.pop()!);
      continue;
    }
    const table = tables[tables.length - 1];
    if (table && tag === 'tr') {
      if (table.row) table.rows.push(table.row);
      table.row = close ? null : [];
      continue;
    }
    if (table && (tag === 'td' || tag === 'th')) {
      if (table.cell) (table.row ??= []).push(cellText(table.cell));
      table.cell = close ? null : [''];
      continue;
    }
    if (tag === 'b' || tag === 'strong') write('**');
    else if (tag === 'a') {
      if (!close) {
        href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs ?? '')?.slice(1).find((x) => x !== undefined) ?? null;
        linkText = '';
      } else if (href !== null) {
        const target = decodeHtmlEntities(href).trim();
        if (/^(https?:|mailto:)/i.test(target) && !linkText.includes(target.replace(/^mailto:/i, ''))) write(` <${target.replace(/^mailto:/i, '')}>`);
        href = null;
      }
    } else if (tag === 'blockquote') {
      quoteDepth = Math.max(0, quoteDepth + (close ? -1 : 1));
      newline();
    } else if (tag === 'pre') {
      pre = Math.max(0, pre + (close ? -1 : 1));
      newline();
    } else if (BLOCK.has(tag)) {
      newline();
      if (tag === 'li' && !close) write('- ');
      if ((tag === 'p' || /^h[1-6]$/.test(tag)) && close) blankLine();
    }
  }
  while (tables.length > 0) emitTable(tables.pop()!);
  return out
    .map((l) => l.replace(/[ \t\u00a0]+$/g, '').replace(/^(>\s)*[ \t\u00a0]+/, (s) => s.replace(/[ \t\u00a0]+$/, '')))
    .join('\n')
    .replace(/\*\*(\s*)\*\*/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

  function emitTable(t: Table): void {
    if (t.cell) (t.row ??= []).push(cellText(t.cell));
    if (t.row) t.rows.push(t.row);
    const rows = t.rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
    const width = Math.max(0, ...rows.map((r) => r.filter((c) => c !== '').length));
    newline();
    for (const r of rows) {
      if (width <= 1) {
        for (const line of r.filter((c) => c !== '').join('\n').split('\n')) (write(line), newline());
        continue;
      }
      const cells = r.map((c) => c.replace(/\s*\n\s*/g, '; '));
      if (cells.length === 2) write(`${cells[0]!.replace(/\**\s*[:：]\s*\**$/, '').trim()}: ${cells[1]}`);
      else write(cells.join(' | '));
      newline();
    }
  }
}

function cellText(lines: string[]): string {
  return lines.map((l) => l.trim()).filter((l) => l !== '' && l !== '**' && l !== '- ').join('\n').replace(/\*\*(\s*)\*\*/g, '$1');
}
