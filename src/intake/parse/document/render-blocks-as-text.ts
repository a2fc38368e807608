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
      return withFirst(emphasise(b.lines, b.strongLead, b.strongWords), (l) => (b.number ? `${b.number}. ${l}` : l));
    case 'list-item': {
      const indent = '  '.repeat(b.depth);
      const marker = b.marker === 'number' && b.number ? `${b.number}. ` : '- ';
      if (b.lines.length === 0) return [`${indent}${marker.trim()}`];
      return emphasise(b.lines, b.strongLead, b.strongWords).map((l, i) => (i === 0 ? `${indent}${marker}${l}` : `${indent}  ${l}`));
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

/** Lines with the bold lead and the later bold words marked "**…**", each word where it next occurs. */
function emphasise(lines: string[], lead: string | null, words: string[] = []): string[] {
  const out = [...lines];
  let at = { line: 0, offset: 0 };
  if (lead && out[0]?.startsWith(lead)) {
    out[0] = `**${lead}**${out[0].slice(lead.length)}`;
    at = { line: 0, offset: lead.length + 4 };
  }
  for (const word of words) {
    for (let i = at.line; i < out.length; i += 1) {
      const found = out[i]!.indexOf(word, i === at.line ? at.offset : 0);
      if (found < 0) continue;
      out[i] = `${out[i]!.slice(0, found)}**${word}**${out[i]!.slice(found + word.length)}`;
      at = { line: i, offset: found + word.length + 4 };
      break;
    }
  }
  return out;
}
