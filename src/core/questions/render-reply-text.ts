import { formatEvidence } from '../reply/format-evidence.js';
import type { Block, Evidence } from '../reply/reply.js';

/** The plain-text form of a reply's blocks: what every platform gets as fallback, and the CLI prints. */
export function renderReplyText(blocks: readonly Block[]): string {
  return blocks
    .map(renderBlock)
    .filter((s) => s !== '')
    .join('\n\n');
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return block.text.toUpperCase() === block.text ? block.text : `${block.text}\n${'='.repeat(Math.min(block.text.length, 60))}`;
    case 'paragraph':
    case 'note':
      return block.text;
    case 'list':
      return block.items
        .map((item, i) => {
          const head = `${block.ordered ? `${i + 1}.` : '-'} ${item.title}${item.detail ? ` - ${item.detail}` : ''}`;
          return [head, ...(item.evidence ?? []).map((e) => `    ${renderEvidence(e)}`)].join('\n');
        })
        .join('\n');
    case 'fields':
      return block.fields.map((f) => `${f.label}: ${f.value}${f.note ? ` (${f.note})` : ''}`).join('\n');
    case 'table':
      return [block.columns, ...block.rows].map((r) => r.join(' | ')).join('\n');
    case 'chart':
      return [
        `${block.title}${block.periods ? ` (periods: ${block.periods.join(', ')})` : ''}`,
        ...block.bars.map((b) => `  ${b.label}: ${formatNumber(b.value)}${block.unit ? ` ${block.unit}` : ''}${b.series ? ` [${b.series.map(formatNumber).join(' -> ')}]` : ''}`),
      ].join('\n');
    case 'actions':
      return block.actions.map((a) => `[${a.label}]`).join(' ');
    case 'divider':
      return '---';
  }
}

export function renderEvidence(e: Evidence): string {
  const where = e.source === '' ? 'no source address recorded' : e.source;
  return `${formatEvidence(e)} (${where})${e.status === 'unverified' ? ' (unverified)' : ''}`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
