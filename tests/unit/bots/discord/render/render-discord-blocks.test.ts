import { describe, expect, it } from 'vitest';
import { renderDiscordBlocks } from '../../../../../src/bots/discord/render/render-discord-blocks.js';

const text = (t: string) => ({ kind: 'text', text: t });

describe('renderDiscordBlocks', () => {
  it('takes the first heading as the title and bolds later ones', () => {
    expect(renderDiscordBlocks([{ type: 'heading', text: 'Answer *one*' }, { type: 'heading', text: 'Part 2' }])).toEqual({ title: 'Answer \\*one\\*', parts: [text('**Part 2**')], actions: [] });
  });

  it('renders a paragraph escaped, a note in italics and a divider as a rule', () => {
    expect(renderDiscordBlocks([{ type: 'paragraph', text: 'a_b' }, { type: 'note', text: 'curated' }, { type: 'divider' }]).parts).toEqual([text('a\\_b'), text('*curated*'), text('\u2500'.repeat(12))]);
  });

  it('numbers an ordered list and bullets an unordered one, with detail and evidence: the source\'s words quoted, anything else a note', () => {
    const parts = renderDiscordBlocks([
      { type: 'list', ordered: true, items: [{ title: 'First', detail: 'why' }, { title: 'Second' }] },
      {
        type: 'list',
        ordered: false,
        items: [
          {
            title: 'Paris Call',
            evidence: [
              { quote: 'protect the public core', source: 'https://pariscall.international', status: 'sourced', kind: 'verbatim', locator: 'Principle 3' },
              { quote: 'norms', source: 'seed table', status: 'unverified' },
              { quote: 'bare', source: '', status: 'sourced', kind: 'note', locator: '13(a)' },
            ],
          },
        ],
      },
    ]).parts;
    expect(parts).toEqual([
      text('1. **First** \u2014 why'),
      text('2. **Second**'),
      text(['\u2022 **Paris Call**', '> Principle 3: \u201cprotect the public core\u201d \u2014 <https://pariscall.international>', '> Note: norms \u2014 seed table *(unverified)*', '> Note: 13(a): bare'].join('\n')),
    ]);
  });

  it('makes fields, inline when short, a dash for an empty value, the note under the value', () => {
    const parts = renderDiscordBlocks([
      {
        type: 'fields',
        fields: [
          { label: 'Year', value: '2018' },
          { label: 'Parties', value: 'x'.repeat(41) },
          { label: 'Name', value: '  ', note: 'ignored for an empty value' },
          { label: '', value: '2021', note: 'confidence 0.9' },
        ],
      },
    ]).parts;
    expect(parts).toEqual([
      { kind: 'field', name: 'Year', value: '2018', inline: true },
      { kind: 'field', name: 'Parties', value: 'x'.repeat(41), inline: false },
      { kind: 'field', name: 'Name', value: '\u2014', inline: true },
      { kind: 'field', name: '\u200b', value: '2021\n*confidence 0.9*', inline: true },
    ]);
  });

  it('lays a table out in fixed-width columns, at most 30 wide, 15 rows per code block, with backticks defused', () => {
    const rows = Array.from({ length: 16 }, (_, i) => [`r${i + 1}`, i === 0 ? 'a`b' : 'v']);
    const parts = renderDiscordBlocks([{ type: 'table', columns: ['Id', 'Value with a long header'], rows }]).parts as Array<{ text: string }>;
    expect(parts).toHaveLength(2);
    const first = parts[0]!.text.split('\n');
    expect(first[0]).toBe('```');
    expect(first[1]).toBe('Id  | Value with a long header');
    expect(first[2]).toBe('----+-------------------------');
    expect(first[3]).toBe('r1  | a`\u200bb');
    expect(first.length).toBe(1 + 2 + 15 + 1);
    expect(parts[1]!.text.split('\n').slice(1, 4)).toEqual(['Id  | Value with a long header', '----+-------------------------', 'r16 | v']);
    const wide = renderDiscordBlocks([{ type: 'table', columns: ['c'], rows: [['y'.repeat(40)]] }]).parts[0] as { text: string };
    expect(wide.text.split('\n')[3]).toBe(`${'y'.repeat(29)}\u2026`);
    expect(renderDiscordBlocks([{ type: 'table', columns: ['Only'], rows: [] }]).parts).toEqual([text('```\nOnly\n----\n```')]);
  });

  it('draws a chart as bars scaled to the largest value, the title in bold once, 20 bars per block', () => {
    const parts = renderDiscordBlocks([{ type: 'chart', title: 'Frequency', kind: 'bar', unit: 'agreements', bars: [{ label: 'CIP', value: 10 }, { label: 'CERT', value: 5 }, { label: 'none', value: -2 }] }]).parts;
    expect(parts).toEqual([text(`**Frequency**\n\`\`\`\nCIP  ${'\u2588'.repeat(20)} 10 agreements\nCERT ${'\u2588'.repeat(10)} 5 agreements\nnone  -2 agreements\n\`\`\``)]);
    const many = renderDiscordBlocks([{ type: 'chart', title: 'T', kind: 'bar', bars: Array.from({ length: 21 }, (_, i) => ({ label: `e${i}`, value: 1 })) }]).parts as Array<{ text: string }>;
    expect(many).toHaveLength(2);
    expect(many[1]!.text.startsWith('```\ne20 ')).toBe(true);
  });

  it('collects actions apart from the text', () => {
    const actions = [{ id: 'approve', label: 'Approve', value: '3', style: 'primary' as const }];
    expect(renderDiscordBlocks([{ type: 'actions', actions }])).toEqual({ title: null, parts: [], actions });
  });
});
