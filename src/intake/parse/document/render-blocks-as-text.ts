import type { DocumentBlock, TableCell } from './document-block.js';

/**
 * Blocks back to plain text, for the readers that still take text (transitional: the questionnaire
 * parser reads text until field extraction reads blocks). Bold leads come back as "**…**", list
 * items as "- " or "1. " indented by depth, quoted blocks as "> ", a two-cell table row as
 * "label: value" and a wider one as "a | b | c"; blocks are separated by a blank line, except that
 * a list item follows what precedes it directly (so a label's list of values stays together).
 */
export function renderBlocksAsText(blocks: readonly DocumentBlock[]): string {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    const quote = '> '.repeat(b.quoteDepth);
    if (i > 0 && b.kind !== 'list-item') out.push(quote.trimEnd());
    for (const line of renderBlock(b)) out.push(quote + line);
  });
  return out.join('\n');
}

function renderBlock(b: DocumentBlock): string[] {
  switch (b.kind) {
    case 'separator':
      return ['----------'];
    case 'table':
      return b.rows.flatMap(renderRow);
    case 'heading':
      return withFirst(b.lines, (l) => (b.number ? `${b.number}. ${l}` : l));
    case 'paragraph':
      return withFirst(b.lines, (l) => (b.number ? `${b.number}. ` : '') + bold(l, b.strongLead));
    case 'list-item': {
      const indent = '  '.repeat(b.depth);
      const marker = b.marker === 'number' && b.number ? `${b.number}. ` : '- ';
      return b.lines.map((l, i) => (i === 0 ? `${indent}${marker}${bold(l, b.strongLead)}` : `${indent}  ${l}`));
    }
  }
}

function renderRow(row: TableCell[]): string[] {
  const cells = row.map((c) => c.lines.map((l) => l.trim()).filter((l) => l !== ''));
  const filled = cells.filter((c) => c.length > 0);
  if (filled.length === 0) return [];
  if (filled.length === 1) return filled[0]!;
  const flat = cells.map((c) => c.join('; '));
  if (flat.length === 2) return [`${flat[0]!.replace(/\s*[:：]\s*$/, '')}: ${flat[1]}`];
  return [flat.join(' | ')];
}

function withFirst(lines: string[], first: (line: string) => string): string[] {
  return lines.map((l, i) => (i === 0 ? first(l) : l));
}

function bold(line: string, lead: string | null): string {
  if (!lead || !line.startsWith(lead)) return line;
  return `**${lead}**${line.slice(lead.length)}`;
}
