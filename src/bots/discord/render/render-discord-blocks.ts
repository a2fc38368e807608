import { formatEvidence } from '../../../core/reply/format-evidence.js';
import type { Action, Block, ListItem } from '../../../core/reply/reply.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { escapeDiscordText } from './escape-discord-text.js';
import { truncateText } from './split-text.js';

/** A piece of an embed, before pages are cut: text for the description, or an embed field. */
export type EmbedPart =
  | { kind: 'text'; text: string }
  | { kind: 'field'; name: string; value: string; inline: boolean };

export interface RenderedBlocks {
  title: string | null;
  parts: EmbedPart[];
  actions: Action[];
}

const BAR_WIDTH = 20;

/** Turns Reply blocks into Discord markdown parts; every piece of Reply text is escaped here. */
export function renderDiscordBlocks(blocks: readonly Block[]): RenderedBlocks {
  const out: RenderedBlocks = { title: null, parts: [], actions: [] };
  for (const [i, block] of blocks.entries()) {
    switch (block.type) {
      case 'heading':
        if (i === 0) out.title = truncateText(escapeDiscordText(block.text), DISCORD_LIMITS.embedTitle);
        else out.parts.push({ kind: 'text', text: `**${escapeDiscordText(block.text)}**` });
        break;
      case 'paragraph':
        out.parts.push({ kind: 'text', text: escapeDiscordText(block.text) });
        break;
      case 'note':
        out.parts.push({ kind: 'text', text: `*${escapeDiscordText(block.text)}*` });
        break;
      case 'divider':
        out.parts.push({ kind: 'text', text: '\u2500'.repeat(12) });
        break;
      case 'list':
        block.items.forEach((item, n) => out.parts.push({ kind: 'text', text: renderListItem(item, block.ordered ? `${n + 1}.` : '\u2022') }));
        break;
      case 'fields':
        for (const f of block.fields) {
          const value = f.value.trim() === '' ? '\u2014' : escapeDiscordText(f.value) + (f.note ? `\n*${escapeDiscordText(f.note)}*` : '');
          out.parts.push({
            kind: 'field',
            name: truncateText(escapeDiscordText(f.label) || '\u200b', DISCORD_LIMITS.embedFieldName),
            value: truncateText(value, DISCORD_LIMITS.embedFieldValue),
            inline: value.length <= 40,
          });
        }
        break;
      case 'table':
        out.parts.push(...renderTable(block.columns, block.rows));
        break;
      case 'chart':
        out.parts.push(...renderChart(block.title, block.bars, block.unit));
        break;
      case 'actions':
        out.actions.push(...block.actions);
        break;
    }
  }
  return out;
}

function renderListItem(item: ListItem, bullet: string): string {
  const lines = [`${bullet} **${escapeDiscordText(item.title)}**${item.detail ? ` \u2014 ${escapeDiscordText(item.detail)}` : ''}`];
  for (const e of item.evidence ?? []) {
    const source = /^https?:\/\//.test(e.source) ? `<${e.source}>` : escapeDiscordText(e.source);
    const flag = e.status === 'unverified' ? ' *(unverified)*' : '';
    lines.push(`> ${escapeDiscordText(formatEvidence(e))}${source ? ` \u2014 ${source}` : ''}${flag}`);
  }
  return lines.join('\n');
}

/** Inside a code block only backticks matter; a zero-width space breaks a closing fence. */
function codeSafe(text: string): string {
  return text.replace(/`/g, '`\u200b');
}

/** A monospace table, one code block per slice of rows so a page can break between slices. */
function renderTable(columns: string[], rows: string[][]): EmbedPart[] {
  const widths = columns.map((c, i) => Math.min(30, Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length))));
  const line = (cells: string[]) => cells.map((c, i) => truncateText(c, widths[i] ?? 30).padEnd(widths[i] ?? 0)).join(' | ').trimEnd();
  const head = [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-')];
  const parts: EmbedPart[] = [];
  for (let start = 0; start < Math.max(rows.length, 1); start += 15) {
    const body = rows.slice(start, start + 15).map(line);
    parts.push({ kind: 'text', text: '```\n' + codeSafe([...head, ...body].join('\n')) + '\n```' });
  }
  return parts;
}

function renderChart(title: string, bars: { label: string; value: number }[], unit?: string): EmbedPart[] {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const labelWidth = Math.min(28, Math.max(0, ...bars.map((b) => b.label.length)));
  const lines = bars.map((b) => {
    const len = Math.round((Math.max(0, b.value) / max) * BAR_WIDTH);
    return `${truncateText(b.label, labelWidth).padEnd(labelWidth)} ${'\u2588'.repeat(len)} ${b.value}${unit ? ` ${unit}` : ''}`;
  });
  const parts: EmbedPart[] = [];
  for (let start = 0; start < Math.max(lines.length, 1); start += 20) {
    const heading = start === 0 ? `**${escapeDiscordText(title)}**\n` : '';
    parts.push({ kind: 'text', text: `${heading}\`\`\`\n${codeSafe(lines.slice(start, start + 20).join('\n'))}\n\`\`\`` });
  }
  return parts;
}
