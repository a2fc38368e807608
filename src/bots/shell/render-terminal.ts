import { formatEvidence } from '../../core/reply/format-evidence.js';
import type { Block, Evidence, ListItem, Reply } from '../../core/reply/reply.js';
import { formatActionHint } from './format-action-hint.js';
import { renderTerminalChart } from './render-terminal-chart.js';
import { renderTerminalTable } from './render-terminal-table.js';
import { stripControls, terminalStyle, type TerminalStyle } from './terminal-style.js';
import { wrapText } from './wrap-text.js';

export interface TerminalOptions {
  /** columns available; lines are wrapped to it */
  width: number;
  /** ANSI colour and bold; off for pipes and NO_COLOR */
  color: boolean;
}

/**
 * Renders a Reply for a terminal: headings, wrapped paragraphs, lists with their evidence
 * indented (unverified links marked), aligned fields and tables, Unicode bar charts, and actions
 * as the commands to type. A reply without blocks shows its plain text.
 */
export function renderTerminal(reply: Reply, opts: TerminalOptions): string {
  const width = Math.max(20, Math.floor(opts.width));
  const style = terminalStyle(opts.color);
  const safe = mapStrings(reply, stripControls);
  if (safe.blocks.length === 0) return `${wrapText(safe.text, width).join('\n')}\n`;
  const sections = safe.blocks.map((block) => renderBlock(block, width, style).join('\n'));
  return `${sections.join('\n\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

function renderBlock(block: Block, width: number, style: TerminalStyle): string[] {
  switch (block.type) {
    case 'heading':
      return wrapText(block.text, width).map((l) => style.bold(l));
    case 'paragraph':
      return wrapText(block.text, width);
    case 'note':
      return wrapText(/^note:/i.test(block.text) ? block.text : `Note: ${block.text}`, width).map((l) => style.dim(l));
    case 'list':
      return block.items.flatMap((item, i) => renderItem(item, block.ordered ? `${i + 1}. ` : '• ', width, style));
    case 'fields': {
      const labelWidth = Math.min(Math.max(...block.fields.map((f) => f.label.length)) + 1, Math.floor(width / 3));
      return block.fields.flatMap((f) => {
        const value = f.note ? `${f.value} (${f.note})` : f.value;
        const [first = '', ...rest] = wrapText(value, width, ' '.repeat(labelWidth + 1));
        return [`${style.bold(`${f.label}:`.padEnd(labelWidth))} ${first.trimStart()}`, ...rest];
      });
    }
    case 'table':
      return renderTerminalTable(block.columns, block.rows, width, style);
    case 'chart':
      return renderTerminalChart(block, width, style);
    case 'actions':
      return wrapText(block.actions.map(formatActionHint).join(' '), width).map((l) => style.accent(l));
    case 'divider':
      return [style.dim('─'.repeat(width))];
  }
}

function renderItem(item: ListItem, bullet: string, width: number, style: TerminalStyle): string[] {
  const pad = ' '.repeat(bullet.length);
  const title = item.ref && !item.title.includes(item.ref.id) ? `${item.title} [${item.ref.id}]` : item.title;
  const [first = '', ...rest] = wrapText(title, width, pad);
  const lines = [`${bullet}${style.bold(first.slice(pad.length))}`, ...rest];
  if (item.detail) lines.push(...wrapText(item.detail, width, pad));
  for (const evidence of item.evidence ?? []) lines.push(...renderEvidence(evidence, width, `${pad}  `, style));
  return lines;
}

function renderEvidence(evidence: Evidence, width: number, indent: string, style: TerminalStyle): string[] {
  const mark = evidence.status === 'unverified' ? ' (unverified)' : '';
  const quote = wrapText(`${formatEvidence(evidence)}${mark}`, width, indent).map((l) => (mark ? style.warn(l) : l));
  // an address stays on one unbroken line so it remains clickable; a citation in words wraps
  const sourceLines = /\s/.test(evidence.source) ? wrapText(`— ${evidence.source}`, width, `${indent}  `) : [`${indent}  — ${evidence.source}`];
  const source = evidence.source ? sourceLines.map((l) => style.dim(l)) : [];
  return [...quote, ...source];
}

/** Applies fn to every string inside a JSON-like value. */
function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)])) as T;
  }
  return value;
}
