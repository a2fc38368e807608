import { createHash } from 'node:crypto';
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIComponentInMessageActionRow, APIEmbed } from 'discord-api-types/v10';
import type { Action, Reply } from '../../../core/reply/reply.js';
import { buildCustomId, CUSTOM_ID_VERBS, type CustomIdVerb } from './discord-custom-id.js';
import { DISCORD_LIMITS, DiscordMessageSchema } from './discord-limits.js';
import { RenderError } from '../../../errors.js';
import { escapeDiscordText } from './escape-discord-text.js';
import { renderDiscordBlocks, type EmbedPart } from './render-discord-blocks.js';
import { splitText, truncateText } from './split-text.js';

export type DiscordActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** One Discord message. `allowedMentions` is always empty: contributor text must never ping anyone. */
export interface DiscordPage {
  content: string;
  embeds: APIEmbed[];
  components: DiscordActionRow[];
  allowedMentions: { parse: [] };
}

/** Characters per page: well under the 6,000 embed total, and short enough to read in one screen. */
export const PAGE_BUDGET = 3500;
const CONTENT_BUDGET = 1900;
const COLOR = 0x2b6cb0;

/**
 * Renders a Reply as one or more Discord messages (pages). Pages after the first are reached with
 * Prev/Next buttons whose custom ids carry `pageKey` (default: a hash of the reply), the page number
 * and the asker (`owner`), so the adapter can find the reply again in a short cache and let only
 * the asker turn the pages. Pure; every page is validated against Discord's limits.
 */
export function renderDiscord(reply: Reply, options: { pageKey?: string; owner?: string } = {}): DiscordPage[] {
  const rendered = renderDiscordBlocks(reply.blocks);
  // a notice (paragraphs only) reads best as plain content; anything structured becomes embeds
  const plain = reply.blocks.every((b) => b.type === 'paragraph' || b.type === 'note' || b.type === 'actions' || b.type === 'divider');
  const bodies: Array<Pick<DiscordPage, 'content' | 'embeds'>> =
    plain
      ? splitText(escapeDiscordText(reply.text), CONTENT_BUDGET).map((content) => ({ content, embeds: [] }))
      : paginateEmbeds(rendered.title, rendered.parts).map((embeds) => ({ content: '', embeds }));
  const key = options.pageKey ?? pageKeyOf(reply);
  const paged = bodies.length > 1;
  const actionRows = renderActionRows(rendered.actions, DISCORD_LIMITS.actionRows - (paged ? 1 : 0));
  return bodies.map((body, n) => {
    const page: DiscordPage = {
      ...body,
      components: paged ? [...actionRows, renderPageRow(key, n, bodies.length, options.owner ?? '0')] : actionRows,
      allowedMentions: { parse: [] },
    };
    const check = DiscordMessageSchema.safeParse(page);
    if (!check.success) throw new RenderError('DISCORD_RENDER_INVALID', `page ${n + 1} of reply "${reply.intent}" breaks a Discord limit: ${check.error.message}`);
    return page;
  });
}

/** A short stable key for a reply: the same reply always gets the same page buttons. */
export function pageKeyOf(reply: Reply): string {
  return createHash('sha256').update(JSON.stringify(reply)).digest('base64url').slice(0, 16);
}

function paginateEmbeds(title: string | null, parts: EmbedPart[]): APIEmbed[][] {
  const pages: APIEmbed[][] = [];
  let page: APIEmbed[] = [];
  let used = 0;
  const newPage = () => {
    if (page.length > 0) pages.push(page);
    page = [{ color: COLOR, ...(title ? { title } : {}) }];
    used = title?.length ?? 0;
  };
  newPage();
  const current = () => page[page.length - 1] as APIEmbed;
  for (const part of parts) {
    if (part.kind === 'field') {
      const size = part.name.length + part.value.length;
      if (used + size > PAGE_BUDGET || (current().fields?.length ?? 0) >= DISCORD_LIMITS.embedFields) newPage();
      (current().fields ??= []).push({ name: part.name, value: part.value, inline: part.inline });
      used += size;
      continue;
    }
    for (const piece of splitText(part.text, PAGE_BUDGET - 300)) {
      if (used + piece.length + 2 > PAGE_BUDGET) newPage();
      // text after fields goes into a new embed of the same message, so the reply's order is kept
      if (current().fields?.length) {
        if (page.length >= DISCORD_LIMITS.embedsPerMessage) newPage();
        else page.push({ color: COLOR });
      }
      const e = current();
      e.description = e.description ? `${e.description}\n\n${piece}` : piece;
      used += piece.length + 2;
    }
  }
  pages.push(page);
  // an embed needs some content: a title-only first page stays, empty trailing embeds go
  return pages.map((p) => p.filter((e, i) => i === 0 || e.description || e.fields?.length));
}

const STYLE = { primary: 1, default: 2, danger: 4 } as const;

/** Discord's modals hold five inputs, so a draft's Edit is two forms: the fields, and its norms. */
const withNormsEdit = (actions: Action[]): Action[] =>
  actions.flatMap((a) => (a.id === 'edit' ? [a, { id: 'edit-norms', label: 'Edit norms', value: a.value, style: 'default' as const }] : [a]));

function renderActionRows(actions: Action[], maxRows: number): DiscordActionRow[] {
  const buttons: APIButtonComponentWithCustomId[] = withNormsEdit(actions)
    .filter((a) => (CUSTOM_ID_VERBS as readonly string[]).includes(a.id))
    .slice(0, maxRows * DISCORD_LIMITS.buttonsPerRow)
    .map((a) => ({
      type: 2,
      style: STYLE[a.style],
      label: truncateText(a.label, DISCORD_LIMITS.buttonLabel),
      custom_id: buildCustomId(a.id as CustomIdVerb, a.value),
    }));
  const rows: DiscordActionRow[] = [];
  for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: 1, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  return rows;
}

function renderPageRow(key: string, n: number, total: number, owner: string): DiscordActionRow {
  const button = (label: string, target: number, tag: string, disabled: boolean): APIButtonComponentWithCustomId => ({
    type: 2,
    style: STYLE.default,
    label,
    custom_id: buildCustomId('page', key, String(target), tag, owner),
    disabled,
  });
  return {
    type: 1,
    components: [
      button('\u25c0 Prev', Math.max(0, n - 1), 'p', n === 0),
      button(`${n + 1}/${total}`, n, 'c', true),
      button('Next \u25b6', Math.min(total - 1, n + 1), 'n', n === total - 1),
    ],
  };
}
