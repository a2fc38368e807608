import { describe, expect, it } from 'vitest';
import { renderSlack } from '../../../../../src/bots/slack/render/render-slack.js';
import { splitText } from '../../../../../src/bots/slack/render/split-text.js';
import { renderTableText } from '../../../../../src/bots/slack/render/render-table-text.js';
import { sanitizePlainText } from '../../../../../src/bots/slack/render/sanitize-plain-text.js';
import type { Block, Reply } from '../../../../../src/core/reply/reply.js';
import { RenderError } from '../../../../../src/errors.js';

const reply = (blocks: Block[], text = 'fallback'): Reply => ({ intent: 'test', text, blocks, agreements: [], norms: [], ephemeral: false });
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });
const context = (text: string) => ({ type: 'context', elements: [{ type: 'mrkdwn', text, verbatim: true }] });

describe('renderSlack, block by block', () => {
  it('renders a heading as a plain-text header, dropping an empty one', () => {
    expect(renderSlack(reply([{ type: 'heading', text: ' <Draft> 3 ' }, { type: 'heading', text: '   ' }])).blocks).toEqual([{ type: 'header', text: { type: 'plain_text', text: '‹Draft› 3' } }]);
  });

  it('renders a note as context, dropping an empty one, and a divider as a divider', () => {
    expect(renderSlack(reply([{ type: 'note', text: 'curated & sourced' }, { type: 'note', text: '  ' }, { type: 'divider' }])).blocks).toEqual([context('curated &amp; sourced'), { type: 'divider' }]);
  });

  it('renders list items with marker, bold title, detail and evidence (the source\'s words quoted, anything else a note), sources linked only when they are addresses', () => {
    const blocks = renderSlack(
      reply([
        {
          type: 'list',
          ordered: true,
          items: [
            { title: 'Paris Call', detail: '2018', evidence: [{ quote: 'protect', source: ' https://pariscall.international ', status: 'sourced', kind: 'verbatim', locator: 'Principle 3' }, { quote: 'norms', source: 'seed table', status: 'unverified' }, { quote: 'bare', source: '', status: 'sourced', kind: 'note', locator: '13(a)' }] },
            { title: 'Tech Accord' },
          ],
        },
        { type: 'list', ordered: false, items: [{ title: 'x' }] },
      ]),
    ).blocks;
    expect(blocks).toEqual([
      section(['1. *Paris Call* — 2018', '> Principle 3: “protect” — <https://pariscall.international>', '> Note: norms — seed table _(unverified)_', '> Note: 13(a): bare', '2. *Tech Accord*'].join('\n')),
      section('• *x*'),
    ]);
  });

  it('starts a new section when the next item would pass 3,000 characters, counting every item', () => {
    const item = (i: number) => ({ title: `Item ${i}`, detail: 'd'.repeat(1480) });
    const blocks = renderSlack(reply([{ type: 'list', ordered: false, items: [item(1), item(2), item(3)] }])).blocks as Array<{ text: { text: string } }>;
    expect(blocks.map((b) => b.text.text.split('\n').map((l) => l.slice(0, 10)))).toEqual([['• *Item 1*', '• *Item 2*'], ['• *Item 3*']]);
    expect(blocks[0]!.text.text.length).toBeLessThanOrEqual(3000);
  });

  it('puts fields ten to a section, label in bold, value escaped or a dash, note in italics', () => {
    const fields = Array.from({ length: 11 }, (_, i) => ({ label: `F${i}`, value: i === 0 ? 'a<b' : i === 1 ? '' : 'v', ...(i === 2 ? { note: 'conf 0.9' } : {}) }));
    const blocks = renderSlack(reply([{ type: 'fields', fields }, { type: 'fields', fields: [] }])).blocks as Array<{ fields: Array<{ text: string }> }>;
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.fields.slice(0, 3).map((f) => f.text)).toEqual(['*F0*\na&lt;b', '*F1*\n—', '*F2*\nv\n_conf 0.9_']);
    expect(blocks[0]!.fields).toHaveLength(10);
    expect(blocks[1]!.fields.map((f) => f.text)).toEqual(['*F10*\nv']);
    expect(blocks[0]!.fields[0]).toEqual({ type: 'mrkdwn', text: '*F0*\na&lt;b', verbatim: true });
  });

  it('cuts a table too long for one section at a line, saying how many lines are left out', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`row ${i}`, 'value '.repeat(5)]);
    const [block] = renderSlack(reply([{ type: 'table', columns: ['Row', 'Value'], rows }])).blocks as Array<{ text: { text: string } }>;
    const lines = block!.text.text.split('\n');
    expect(lines[0]).toBe('```Row      Value');
    expect(lines.at(-1)).toMatch(/^… \d+ more lines```$/);
    const shown = lines.length - 1;
    expect(Number(/… (\d+) more/.exec(lines.at(-1)!)![1])).toBe(202 - shown);
    expect(block!.text.text.length).toBeLessThanOrEqual(3000);
    expect(renderSlack(reply([{ type: 'table', columns: ['A'], rows: [['```x']] }])).blocks).toEqual([section('```A\n----\n`\u200b`\u200b`x```')]);
  });

  it('makes buttons: the verb as action_id (numbered when repeated), styles, Slack\'s confirm dialog', () => {
    const [block] = renderSlack(
      reply([
        {
          type: 'actions',
          actions: [
            { id: 'approve', label: 'Approve', value: '3', style: 'primary', confirm: { title: 'Approve draft 3?', text: 'It becomes <new>.', yes: 'Approve', no: 'Cancel' } },
            { id: 'page', label: 'Next', value: '2', style: 'default' },
            { id: 'page', label: 'Last', value: '9', style: 'default' },
            { id: 'reject', label: 'Reject', value: '3', style: 'danger', confirm: { title: 'Sure?', text: 'x', yes: 'Yes', no: 'No' } },
          ],
        },
        { type: 'actions', actions: [] },
      ]),
    ).blocks;
    expect(block).toEqual({
      type: 'actions',
      elements: [
        { type: 'button', text: { type: 'plain_text', text: 'Approve' }, action_id: 'approve', value: '3', style: 'primary', confirm: { title: { type: 'plain_text', text: 'Approve draft 3?' }, text: { type: 'plain_text', text: 'It becomes ‹new›.' }, confirm: { type: 'plain_text', text: 'Approve' }, deny: { type: 'plain_text', text: 'Cancel' }, style: 'primary' } },
        { type: 'button', text: { type: 'plain_text', text: 'Next' }, action_id: 'page', value: '2' },
        { type: 'button', text: { type: 'plain_text', text: 'Last' }, action_id: 'page:1', value: '9' },
        { type: 'button', text: { type: 'plain_text', text: 'Reject' }, action_id: 'reject', value: '3', style: 'danger', confirm: { title: { type: 'plain_text', text: 'Sure?' }, text: { type: 'plain_text', text: 'x' }, confirm: { type: 'plain_text', text: 'Yes' }, deny: { type: 'plain_text', text: 'No' }, style: 'danger' } },
      ],
    });
  });

  it('keeps within a smaller block budget (a modal, the Home tab) and counts what it left out', () => {
    const blocks = renderSlack(reply(Array.from({ length: 8 }, (_, i) => ({ type: 'paragraph' as const, text: `p${i}` }))), { maxBlocks: 5 }).blocks;
    expect(blocks).toEqual([section('p0'), section('p1'), section('p2'), section('p3'), context('… 4 more not shown; ask a narrower question to see them.')]);
    expect(renderSlack(reply(Array.from({ length: 5 }, (_, i) => ({ type: 'paragraph' as const, text: `p${i}` }))), { maxBlocks: 5 }).blocks).toHaveLength(5);
  });

  it('falls back to the intent when the text is blank, and escapes the fallback', () => {
    expect(renderSlack(reply([], '   ')).text).toBe('test');
    expect(renderSlack(reply([], 'a <b>')).text).toBe('a &lt;b&gt;');
  });

  it('refuses to hand Slack a payload over a limit, naming the reply', () => {
    const tooManyButtons = { type: 'actions' as const, actions: Array.from({ length: 26 }, (_, i) => ({ id: `a${i}`, label: 'x', value: '1', style: 'default' as const })) };
    expect(() => renderSlack(reply([tooManyButtons]), { maxBlocks: 1 })).toThrow(RenderError);
    expect(() => renderSlack(reply([tooManyButtons]), { maxBlocks: 1 })).toThrow(/rendered blocks for 'test' break a Slack limit/);
  });
});

describe('Slack text helpers', () => {
  it('splits at a line break in the second half of the window, else at a space, else cuts with an ellipsis', () => {
    expect(splitText('aaaaaa\nbb cccc', 9)).toEqual(['aaaaaa', 'bb cccc']);
    expect(splitText('aaaa\nbbbb cccc', 9)).toEqual(['aaaa\nbbbb', 'cccc']);
    expect(splitText('aaaa bbbb cccc', 9)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitText('abcdefghijkl', 5)).toEqual(['abcd…', 'efgh…', 'ijkl']);
    expect(splitText('   ', 5)).toEqual([]);
    expect(splitText('short', 5)).toEqual(['short']);
  });

  it('lays a table out in aligned columns, cells cut at 40', () => {
    expect(renderTableText(['Id', 'Name'], [['1', 'Paris Call'], ['12', 'x'.repeat(45)]]).split('\n')).toEqual(['Id  Name', '--  ' + '-'.repeat(40), '1   Paris Call', `12  ${'x'.repeat(39)}…`]);
    expect(renderTableText(['A', 'B'], [['multi\nline', '']]).split('\n')[2]).toBe('multi line');
  });

  it('makes plain text safe: angle brackets become look-alikes, special mentions broken, addresses hidden', () => {
    expect(sanitizePlainText('<!channel> @here write to a@b.org')).toBe('‹!channel› @\u200bhere write to [e-mail address removed]');
  });
});
