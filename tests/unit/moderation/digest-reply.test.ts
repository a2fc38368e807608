import { describe, expect, it } from 'vitest';
import { digestReply } from '../../../src/core/moderation/digest-reply.js';
import { draftListReply } from '../../../src/core/moderation/draft-list-reply.js';
import { aDraft } from '../../helpers/draft-builder.js';
import { anUnsortedItem } from '../../helpers/unsorted-builder.js';

const now = new Date('2026-11-23T10:00:00.000Z');

describe('digestReply', () => {
  it('counts the pending drafts and gives the oldest age', () => {
    const drafts = [aDraft({ id: 2, createdAt: '2026-11-23T07:00:00.000Z' }), aDraft({ id: 1, createdAt: '2026-11-20T10:00:00.000Z' })];
    expect(digestReply(drafts, now).text.split('\n')[0]).toBe('Moderation digest: 2 pending drafts, 0 mails needing a look; oldest waiting 3 d');
  });

  it('lists the oldest first', () => {
    const drafts = [aDraft({ id: 2, createdAt: '2026-11-23T07:00:00.000Z' }), aDraft({ id: 1, createdAt: '2026-11-10T10:00:00.000Z' })];
    const lines = digestReply(drafts, now).text.split('\n');
    expect(lines[1]).toBe('#1 Nordic Cyber Stability Accord (waiting 13 d)');
    expect(lines[2]).toBe('#2 Nordic Cyber Stability Accord (waiting 3 h)');
  });

  it('lists the mails that need a look after the drafts, with sender name and reason, the oldest of all giving the age', () => {
    const reply = digestReply([aDraft({ id: 2, createdAt: '2026-11-23T07:00:00.000Z' })], now, [anUnsortedItem({ id: 5, createdAt: '2026-11-21T10:00:00.000Z' })]);
    const lines = reply.text.split('\n');
    expect(lines[0]).toBe('Moderation digest: 1 pending draft, 1 mail needing a look; oldest waiting 2 d');
    expect(lines[2]).toBe('Needs a look 5: Workshop on cyber diplomacy in West Africa (from Mireille Okafor, waiting 2 d · not recognised as a contribution (no questionnaire content))');
  });

  it('leaves decided drafts and resolved items out', () => {
    expect(digestReply([aDraft({ status: 'approved' })], now, [anUnsortedItem({ status: 'dismissed' })]).text).toBe('Moderation digest: no drafts waiting and nothing that needs a look. Nothing to do today.');
  });
});

describe('draftListReply', () => {
  it('shows one table row per draft', () => {
    const reply = draftListReply([aDraft({ id: 1 }), aDraft({ id: 2 })], now);
    expect(reply.blocks.find((b) => b.type === 'table')).toMatchObject({ rows: [expect.arrayContaining(['1']), expect.arrayContaining(['2'])] });
  });

  it('marks the drafts whose contributor got no acknowledgement, with the reason', () => {
    const reply = draftListReply([aDraft({ id: 1, acknowledgement: { status: 'withheld', reason: 'role-address' } }), aDraft({ id: 2, acknowledgement: { status: 'queued', reason: null } })], now);
    const lines = reply.text.split('\n');
    expect(lines.find((l) => l.startsWith('#1 '))).toContain('not acknowledged: role or no-reply address');
    expect(lines.find((l) => l.startsWith('#2 '))).not.toContain('acknowledged');
  });
});
