import { formatEvidence } from '../../../core/reply/format-evidence.js';
import { z } from 'zod';
import type { Action, Block, Confirm, Evidence, ListItem, Reply } from '../../../core/reply/reply.js';
import { escapeSlackText } from './escape-slack-text.js';
import { renderChartText } from './render-chart-text.js';
import { sanitizePlainText } from './sanitize-plain-text.js';
import { renderTableText } from './render-table-text.js';
import { SlackBlockSchema, type SlackBlock } from './slack-block-schema.js';
import { SLACK_LIMITS as L } from './slack-limits.js';
import { RenderError } from '../../../errors.js';
import { splitText } from './split-text.js';
import { truncateText } from './truncate-text.js';

export interface RenderedSlack {
  text: string;
  blocks: SlackBlock[];
}

/** A rendered piece of a reply; `items` counts what dropping it hides, for the "… N more" note. */
interface Unit {
  block: SlackBlock;
  items: number;
  keep: boolean;
}

const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });
const context = (text: string): SlackBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: truncateText(text, L.contextText), verbatim: true }],
});
const codeBlock = (raw: string) => escapeSlackText(raw).replace(/```/g, '`\u200b`\u200b`');

function renderLink(source: string): string {
  const url = source.trim();
  return /^https?:\/\/\S+$/.test(url) ? `<${escapeSlackText(url)}>` : escapeSlackText(source);
}

function renderEvidence(e: Evidence): string {
  const status = e.status === 'unverified' ? ' _(unverified)_' : '';
  const source = e.source ? ` — ${renderLink(e.source)}` : '';
  return `> ${escapeSlackText(formatEvidence(e))}${source}${status}`;
}

function renderItem(item: ListItem, marker: string): string {
  const detail = item.detail ? ` — ${escapeSlackText(item.detail)}` : '';
  const evidence = (item.evidence ?? []).map(renderEvidence);
  return truncateText([`${marker} *${escapeSlackText(item.title)}*${detail}`, ...evidence].join('\n'), L.sectionText);
}

/** Packs list items into as few sections as fit 3,000 characters each. */
function renderList(items: readonly ListItem[], ordered: boolean): Unit[] {
  const units: Unit[] = [];
  let text = '';
  let count = 0;
  items.forEach((item, i) => {
    const line = renderItem(item, ordered ? `${i + 1}.` : '•');
    if (text && text.length + 1 + line.length > L.sectionText) {
      units.push({ block: section(text), items: count, keep: false });
      text = '';
      count = 0;
    }
    text = text ? `${text}\n${line}` : line;
    count += 1;
  });
  if (text) units.push({ block: section(text), items: count, keep: false });
  return units;
}

function renderFields(fields: Extract<Block, { type: 'fields' }>['fields']): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < fields.length; i += L.sectionFields) {
    const chunk = fields.slice(i, i + L.sectionFields).map((f) => {
      const note = f.note ? `\n_${escapeSlackText(f.note)}_` : '';
      const value = escapeSlackText(f.value) || '—';
      return { type: 'mrkdwn' as const, text: truncateText(`*${escapeSlackText(f.label)}*\n${value}${note}`, L.fieldText), verbatim: true };
    });
    units.push({ block: { type: 'section', fields: chunk }, items: chunk.length, keep: false });
  }
  return units;
}

function renderCode(raw: string, items: number): Unit[] {
  const budget = L.sectionText - 8;
  const body = codeBlock(raw);
  if (body.length <= budget) return [{ block: section(`\`\`\`${body}\`\`\``), items, keep: false }];
  const lines = body.split('\n');
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > budget - 40) break;
    kept.push(line);
    used += line.length + 1;
  }
  const more = `… ${lines.length - kept.length} more lines`;
  return [{ block: section(`\`\`\`${kept.join('\n')}\n${more}\`\`\``), items, keep: false }];
}

/** Slack's own confirm dialog: the click only arrives once the user said yes. */
function renderConfirm(c: Confirm, style: Action['style']) {
  const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: truncateText(sanitizePlainText(text) || '?', max) });
  return {
    title: plain(c.title, L.confirmTitle),
    text: plain(c.text, L.confirmText),
    confirm: plain(c.yes, L.confirmButton),
    deny: plain(c.no, L.confirmButton),
    ...(style === 'default' ? {} : { style }),
  };
}

function renderButtons(actions: readonly Action[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < actions.length; i += L.actionsElements) {
    const seen = new Map<string, number>();
    const elements = actions.slice(i, i + L.actionsElements).map((a) => {
      // action_id must be unique within its block; the verb before ':' is what handlers read
      const n = seen.get(a.id) ?? 0;
      seen.set(a.id, n + 1);
      return {
        type: 'button' as const,
        text: { type: 'plain_text' as const, text: truncateText(sanitizePlainText(a.label) || a.id, L.buttonText) },
        action_id: truncateText(n === 0 ? a.id : `${a.id}:${n}`, L.actionId),
        value: truncateText(a.value, L.buttonValue),
        ...(a.style === 'default' ? {} : { style: a.style }),
        ...(a.confirm ? { confirm: renderConfirm(a.confirm, a.style) } : {}),
      };
    });
    units.push({ block: { type: 'actions', elements }, items: elements.length, keep: true });
  }
  return units;
}

function renderBlock(block: Block): Unit[] {
  switch (block.type) {
    case 'heading': {
      const text = truncateText(sanitizePlainText(block.text).trim(), L.headerText);
      return text ? [{ block: { type: 'header', text: { type: 'plain_text', text } }, items: 1, keep: false }] : [];
    }
    case 'paragraph':
      return splitText(escapeSlackText(block.text), L.sectionText).map((t) => ({ block: section(t), items: 1, keep: false }));
    case 'note':
      return block.text.trim() ? [{ block: context(escapeSlackText(block.text)), items: 1, keep: false }] : [];
    case 'list':
      return renderList(block.items, block.ordered);
    case 'fields':
      return block.fields.length > 0 ? renderFields(block.fields) : [];
    case 'table':
      return renderCode(renderTableText(block.columns, block.rows), block.rows.length);
    case 'chart':
      return renderCode(renderChartText(block), block.bars.length);
    case 'actions':
      return block.actions.length > 0 ? renderButtons(block.actions) : [];
    case 'divider':
      return [{ block: { type: 'divider' }, items: 0, keep: false }];
  }
}

/** Keeps every action block, then as many others as fit, and says how many items were left out. */
function fitUnits(units: Unit[], maxBlocks: number): SlackBlock[] {
  if (units.length <= maxBlocks) return units.map((u) => u.block);
  let budget = maxBlocks - 1 - units.filter((u) => u.keep).length;
  let hidden = 0;
  const kept: SlackBlock[] = [];
  for (const u of units) {
    if (u.keep) kept.push(u.block);
    else if (budget > 0) {
      kept.push(u.block);
      budget -= 1;
    } else hidden += u.items;
  }
  kept.push(context(`… ${hidden} more not shown; ask a narrower question to see them.`));
  return kept;
}

/**
 * Renders the neutral Reply as Block Kit. Pure; always sets the fallback `text` (used in
 * notifications and by clients without blocks); never exceeds Slack's limits: long content is
 * split or truncated with an ellipsis and a "… N more" note rather than failing.
 */
export function renderSlack(reply: Reply, options: { maxBlocks?: number } = {}): RenderedSlack {
  const maxBlocks = options.maxBlocks ?? L.blocksPerMessage;
  const units = reply.blocks.flatMap(renderBlock);
  const blocks = fitUnits(units, maxBlocks);
  const text = truncateText(escapeSlackText(reply.text).trim() || reply.intent, L.messageText);
  const checked = z.array(SlackBlockSchema).max(maxBlocks).safeParse(blocks);
  if (!checked.success) {
    throw new RenderError('SLACK_RENDER_INVALID', `rendered blocks for '${reply.intent}' break a Slack limit: ${checked.error.message.slice(0, 300)}`);
  }
  return { text, blocks: checked.data };
}
