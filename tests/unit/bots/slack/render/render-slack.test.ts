import { describe, expect, it } from 'vitest';
import type { Block, Reply } from '../../../../../src/core/reply/reply.js';
import { renderSlack } from '../../../../../src/bots/slack/render/render-slack.js';
import { SlackMessageSchema } from '../../../../../src/bots/slack/render/slack-block-schema.js';
import { SLACK_LIMITS } from '../../../../../src/bots/slack/render/slack-limits.js';

const reply = (blocks: Block[], text = 'fallback'): Reply => ({
  intent: 'test',
  text,
  blocks,
  agreements: [],
  norms: [],
  ephemeral: false,
});

const allText = (r: ReturnType<typeof renderSlack>) => JSON.stringify(r);

describe('renderSlack', () => {
  it('keeps a 60-item answer within 50 blocks and says how many are not shown', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ title: `Agreement ${i + 1}`, detail: 'x'.repeat(900) }));
    const blocks: Block[] = items.map((item) => ({ type: 'list', items: [item], ordered: false }));
    const out = renderSlack(reply([{ type: 'heading', text: 'Sixty' }, ...blocks]));
    expect(out.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(SlackMessageSchema.safeParse(out).success).toBe(true);
    // header + 48 one-item sections + the note = 50 blocks, so 60 - 48 items are left out
    const last = out.blocks[out.blocks.length - 1];
    expect(JSON.stringify(last)).toMatch(/… 12 more not shown/);
  });

  it('packs a 60-item list into sections of at most 3,000 characters', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ title: `Agreement ${i + 1}`, detail: 'covers norm element 2.1' }));
    const out = renderSlack(reply([{ type: 'list', items, ordered: true }]));
    const text = out.blocks.map((b) => (b.type === 'section' ? b.text?.text ?? '' : '')).join('\n');
    expect(text).toContain('60. *Agreement 60*');
    for (const b of out.blocks) if (b.type === 'section') expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
  });

  it('splits a 5,000-character paragraph into sections within the limit', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ').padEnd(5000, ' z');
    const out = renderSlack(reply([{ type: 'paragraph', text: words }]));
    expect(out.blocks.length).toBe(2);
    for (const b of out.blocks) expect(b.type === 'section' && (b.text?.text.length ?? 0) <= 3000).toBe(true);
    expect(out.blocks.map((b) => (b.type === 'section' ? b.text?.text : '')).join(' ')).toContain('w999');
  });

  it('truncates a 5,000-character word with an ellipsis instead of failing', () => {
    const out = renderSlack(reply([{ type: 'fields', fields: [{ label: 'Name', value: 'a'.repeat(5000) }] }]));
    const field = out.blocks[0]?.type === 'section' ? out.blocks[0].fields?.[0]?.text : '';
    expect(field?.length).toBe(2000);
    expect(field?.endsWith('…')).toBe(true);
  });

  it('escapes <!channel> and mentions in contributor text so they cannot ping', () => {
    const out = renderSlack(
      reply([{ type: 'list', items: [{ title: '<!channel> hi <@U123>', detail: 'a & b <https://x|y>' }], ordered: false }], '<!here> @channel'),
    );
    expect(allText(out)).not.toMatch(/<!channel>|<!here>|<@U123>|<https:\/\/x\|y>/);
    expect(allText(out)).toContain('&lt;!channel&gt;');
    expect(out.text).toBe('&lt;!here&gt; @\u200bchannel');
  });

  it('hides e-mail addresses anywhere in the reply', () => {
    const out = renderSlack(
      reply(
        [
          { type: 'heading', text: 'From jane.doe@example.org' },
          { type: 'paragraph', text: 'Contact: jane.doe@example.org' },
          { type: 'list', items: [{ title: 't', evidence: [{ quote: 'write to jane.doe@example.org', source: 'mail', status: 'unverified' }] }], ordered: false },
        ],
        'jane.doe@example.org',
      ),
    );
    expect(allText(out)).not.toContain('jane.doe@example.org');
  });

  it('always sets the fallback text', () => {
    const out = renderSlack(reply([{ type: 'divider' }], 'Plain answer'));
    expect(out.text).toBe('Plain answer');
  });

  it('renders a bar chart as a monospace code block scaled to the largest value', () => {
    const out = renderSlack(
      reply([{ type: 'chart', title: 'Questions', kind: 'bar', bars: [{ label: 'ransomware', value: 10 }, { label: 'supply chain', value: 5 }] }]),
    );
    const text = out.blocks[0]?.type === 'section' ? out.blocks[0].text?.text ?? '' : '';
    expect(text.startsWith('```')).toBe(true);
    expect(text).toContain(`ransomware    ${'█'.repeat(30)} 10`);
    expect(text).toContain(`supply chain  ${'█'.repeat(15)} 5`);
  });

  it('renders draft actions as buttons with the draft id as value', () => {
    const out = renderSlack(
      reply([
        {
          type: 'actions',
          actions: [
            { id: 'approve', label: 'Approve', value: '12', style: 'primary' },
            { id: 'reject', label: 'Reject', value: '12', style: 'danger' },
          ],
        },
      ]),
    );
    expect(out.blocks[0]).toEqual({
      type: 'actions',
      elements: [
        { type: 'button', text: { type: 'plain_text', text: 'Approve' }, action_id: 'approve', value: '12', style: 'primary' },
        { type: 'button', text: { type: 'plain_text', text: 'Reject' }, action_id: 'reject', value: '12', style: 'danger' },
      ],
    });
  });

  it('keeps the action buttons when the rest must be cut', () => {
    const many: Block[] = Array.from({ length: 70 }, (_, i) => ({ type: 'paragraph', text: `p${i}` }));
    const out = renderSlack(reply([...many, { type: 'actions', actions: [{ id: 'approve', label: 'Approve', value: '1', style: 'primary' }] }]));
    expect(out.blocks.length).toBe(50);
    expect(out.blocks.some((b) => b.type === 'actions')).toBe(true);
  });

  it('truncates a long table to one section with a count of the rows left out', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`Agreement ${i}`, `${i}`]);
    const out = renderSlack(reply([{ type: 'table', columns: ['Name', 'Count'], rows }]));
    expect(out.blocks.length).toBe(1);
    const text = out.blocks[0]?.type === 'section' ? out.blocks[0].text?.text ?? '' : '';
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text).toMatch(/… \d+ more lines```$/);
  });
});
