import { describe, expect, it } from 'vitest';
import type { Block, Reply } from '../../../../../src/core/reply/reply.js';
import { parseCustomId } from '../../../../../src/bots/discord/render/discord-custom-id.js';
import { DISCORD_LIMITS, embedLength } from '../../../../../src/bots/discord/render/discord-limits.js';
import { PAGE_BUDGET, renderDiscord } from '../../../../../src/bots/discord/render/render-discord.js';

function reply(blocks: Block[], text = 'fallback text'): Reply {
  return { intent: 'test', text, blocks, agreements: [], norms: [], ephemeral: false };
}

const longList = (n: number): Block => ({
  type: 'list',
  ordered: false,
  items: Array.from({ length: n }, (_, i) => ({
    title: `Agreement number ${i + 1}`,
    detail: 'covers critical infrastructure protection and the protection of CERTs '.repeat(3),
    evidence: [{ quote: 'States should not conduct or knowingly support ICT activity', source: 'https://example.org/doc', status: 'sourced' as const }],
  })),
});

describe('renderDiscord', () => {
  it('renders a notice as plain content with no embeds', () => {
    const [page, ...rest] = renderDiscord(reply([{ type: 'paragraph', text: 'Only moderators can do that.' }], 'Only moderators can do that.'));
    expect(rest).toEqual([]);
    expect(page!.content).toBe('Only moderators can do that.');
    expect(page!.embeds).toEqual([]);
  });

  it('sets allowedMentions.parse to an empty list on every page', () => {
    const pages = renderDiscord(reply([{ type: 'heading', text: 'Answer' }, longList(60)]));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.allowedMentions).toEqual({ parse: [] });
  });

  it('uses the first heading as the embed title', () => {
    const [page] = renderDiscord(reply([{ type: 'heading', text: 'Agreements on 2.1' }, { type: 'paragraph', text: 'Three agreements.' }]));
    expect(page!.embeds[0]!.title).toBe('Agreements on 2.1');
    expect(page!.embeds[0]!.description).toBe('Three agreements.');
  });

  it('splits a long answer into pages within the embed limits', () => {
    const pages = renderDiscord(reply([{ type: 'heading', text: 'Answer' }, longList(80)]));
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) {
      const total = p.embeds.reduce((s, e) => s + embedLength(e as never), 0);
      expect(total).toBeLessThanOrEqual(Math.min(PAGE_BUDGET, DISCORD_LIMITS.embedTotal));
      for (const e of p.embeds) expect((e.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    }
    const text = pages.flatMap((p) => p.embeds.map((e) => e.description ?? '')).join('\n');
    for (let i = 1; i <= 80; i++) expect(text).toContain(`Agreement number ${i}**`);
  });

  it('adds Prev and Next buttons whose custom ids carry the page key and target page', () => {
    const pages = renderDiscord(reply([longList(60)]), { pageKey: 'abc123' });
    const nav = pages[1]!.components.at(-1)!.components.map((c) => ('custom_id' in c ? parseCustomId(c.custom_id) : null));
    expect(nav.map((n) => n?.args.slice(0, 2))).toEqual([
      ['abc123', '0'],
      ['abc123', '1'],
      ['abc123', '2'],
    ]);
    const first = pages[0]!.components.at(-1)!.components[0] as { disabled?: boolean };
    expect(first.disabled).toBe(true);
  });

  it('keeps every custom id within 100 characters', () => {
    const long = 'x'.repeat(80);
    const pages = renderDiscord(reply([longList(40), { type: 'actions', actions: [{ id: 'approve', label: 'Approve '.repeat(20), value: long, style: 'primary' }] }]));
    for (const p of pages) for (const row of p.components) for (const c of row.components) {
      if ('custom_id' in c) expect(c.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      if ('label' in c && c.label) expect(c.label.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    }
  });

  it('renders draft actions as buttons in the reply order with their styles', () => {
    const [page] = renderDiscord(
      reply([
        { type: 'heading', text: 'Draft 7' },
        { type: 'actions', actions: [
          { id: 'approve', label: 'Approve', value: '7', style: 'primary' },
          { id: 'reject', label: 'Reject', value: '7', style: 'danger' },
        ] },
      ]),
    );
    expect(page!.components).toEqual([
      { type: 1, components: [
        { type: 2, style: 1, label: 'Approve', custom_id: 'nb:approve:7' },
        { type: 2, style: 4, label: 'Reject', custom_id: 'nb:reject:7' },
      ] },
    ]);
  });

  it('escapes markdown and defuses @everyone in reply text', () => {
    const [page] = renderDiscord(reply([{ type: 'heading', text: 'T' }, { type: 'paragraph', text: '**bold** @everyone <@&123456789012345678>' }]));
    const d = page!.embeds[0]!.description!;
    expect(d).not.toContain('**bold**');
    expect(d).not.toMatch(/@everyone/);
    // a role mention only renders from an unescaped "<@&"
    expect(d).not.toMatch(/(^|[^\\])<@&/);
    expect(d).toContain('\\<@&123456789012345678\\>');
  });

  it('caps fields at 25 per embed and truncates long field values', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ label: `F${i}`, value: 'v'.repeat(2000) }));
    const pages = renderDiscord(reply([{ type: 'heading', text: 'Fields' }, { type: 'fields', fields }]));
    const all = pages.flatMap((p) => p.embeds.flatMap((e) => e.fields ?? []));
    expect(all).toHaveLength(30);
    for (const f of all) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
    for (const p of pages) for (const e of p.embeds) expect((e.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
  });

  it('splits long plain text into content pages under 2,000 characters', () => {
    const text = 'word '.repeat(1000);
    const pages = renderDiscord(reply([{ type: 'paragraph', text }], text));
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) expect(p.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  });

  it('renders tables and charts in code blocks that stay closed across pages', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`row ${i}`, 'a`b`c', String(i)]);
    const bars = Array.from({ length: 45 }, (_, i) => ({ label: `element ${i}`, value: i }));
    const pages = renderDiscord(reply([{ type: 'table', columns: ['Name', 'X', 'N'], rows }, { type: 'chart', title: 'Freq', kind: 'bar', bars }]));
    for (const p of pages) for (const e of p.embeds) expect(((e.description ?? '').match(/```/g) ?? []).length % 2).toBe(0);
  });

  it('gives the same reply the same page key', () => {
    const r = reply([longList(60)]);
    const id = (pages: ReturnType<typeof renderDiscord>) => (pages[0]!.components.at(-1)!.components[2] as { custom_id: string }).custom_id;
    expect(id(renderDiscord(r))).toBe(id(renderDiscord(structuredClone(r))));
  });
});

describe('renderDiscord, layout rules', () => {
  it('renders notices (paragraphs, notes, dividers, actions) as plain content, anything structured as embeds', () => {
    const notice = renderDiscord(reply([{ type: 'paragraph', text: 'a' }, { type: 'note', text: 'b' }, { type: 'divider' }, { type: 'actions', actions: [] }], 'the text'));
    expect(notice).toEqual([{ content: 'the text', embeds: [], components: [], allowedMentions: { parse: [] } }]);
    for (const block of [{ type: 'heading', text: 'h' }, { type: 'list', ordered: false, items: [{ title: 't' }] }, { type: 'fields', fields: [{ label: 'l', value: 'v' }] }] as Block[]) {
      const [page] = renderDiscord(reply([block, { type: 'paragraph', text: 'a' }]));
      expect(page!.content).toBe('');
      expect(page!.embeds.length).toBeGreaterThan(0);
    }
  });

  it('splits Edit into the fields form and the norms form', () => {
    const [page] = renderDiscord(reply([{ type: 'heading', text: 'Draft 3' }, { type: 'actions', actions: [{ id: 'approve', label: 'Approve', value: '3', style: 'primary' }, { id: 'edit', label: 'Edit', value: '3', style: 'default' }] }]));
    expect(page!.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, style: 1, label: 'Approve', custom_id: 'nb:approve:3' },
          { type: 2, style: 2, label: 'Edit', custom_id: 'nb:edit:3' },
          { type: 2, style: 2, label: 'Edit norms', custom_id: 'nb:edit-norms:3' },
        ],
      },
    ]);
  });

  it('puts text after fields in a new embed of the same message, and starts a new page after ten embeds', () => {
    const blocks: Block[] = [{ type: 'heading', text: 'T' }];
    for (let i = 0; i < 12; i++) blocks.push({ type: 'fields', fields: [{ label: `f${i}`, value: 'v' }] }, { type: 'paragraph', text: `p${i}` });
    const pages = renderDiscord(reply(blocks));
    expect(pages[0]!.embeds).toHaveLength(10);
    expect(pages[0]!.embeds[0]).toMatchObject({ title: 'T', fields: [{ name: 'f0', value: 'v', inline: true }] });
    expect(pages[0]!.embeds[1]).toMatchObject({ description: 'p0', fields: [{ name: 'f1', value: 'v', inline: true }] });
    expect(pages).toHaveLength(2);
    expect(pages[1]!.embeds[0]!.title).toBe('T');
  });

  it('lets the asker alone turn the pages: their id ends every page button', () => {
    const pages = renderDiscord(reply([{ type: 'heading', text: 'Answer' }, longList(60)]), { owner: '800000000000000003', pageKey: 'k1' });
    const nav = pages[0]!.components.at(-1)!.components as Array<{ custom_id: string; disabled: boolean; label: string }>;
    expect(nav.map((b) => [b.label, b.custom_id, b.disabled])).toEqual([
      ['\u25c0 Prev', 'nb:page:k1:0:p:800000000000000003', true],
      [`1/${pages.length}`, 'nb:page:k1:0:c:800000000000000003', true],
      ['Next \u25b6', 'nb:page:k1:1:n:800000000000000003', false],
    ]);
    const last = pages.at(-1)!.components.at(-1)!.components as Array<{ custom_id: string; disabled: boolean }>;
    expect(last[2]).toMatchObject({ custom_id: `nb:page:k1:${pages.length - 1}:n:800000000000000003`, disabled: true });
  });
});
