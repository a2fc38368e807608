import { describe, expect, it } from 'vitest';
import { ReplySchema } from '../../../src/core/reply/reply.js';
import { unsortedCardReply } from '../../../src/core/unsorted/unsorted-card-reply.js';
import { needsALook, unsortedFromMessage } from '../../../src/core/unsorted/unsorted-from-message.js';
import { unsortedListReply } from '../../../src/core/unsorted/unsorted-list-reply.js';
import { anUnsortedItem } from '../../helpers/unsorted-builder.js';
import { aParsedMessage } from '../intake/ingest/a-parsed-message.js';

const facts = { displayName: 'Ada L.', receivedAt: '2026-11-24T09:15:00.000Z', firstLines: 'Write to ada@example.test please', attachments: ['notes for ada@example.test.pdf'] };

describe('needsALook', () => {
  it('holds any mail with no draft but auto-replies and bounces', () => {
    expect(needsALook({ kind: 'other' }, 0)).toBe(true);
    expect(needsALook({ kind: 'contribution' }, 0)).toBe(true);
    expect(needsALook({ kind: 'contribution' }, 1)).toBe(false);
    expect(needsALook({ kind: 'auto-reply' }, 0)).toBe(false);
    expect(needsALook({ kind: 'bounce' }, 0)).toBe(false);
  });
});

describe('unsortedFromMessage', () => {
  it('keys the item by contribution and blanks every address it carries', () => {
    const item = unsortedFromMessage(aParsedMessage({ kind: 'other', kindReason: 'no questionnaire content', agreements: [], subject: 'Hello from ada@example.test' }), 12, facts);
    expect(item.dedupeKey).toBe('mail:12');
    expect(item.reason).toBe('not recognised as a contribution (no questionnaire content)');
    expect(JSON.stringify(item)).not.toContain('ada@example.test');
    expect(item.payload).toMatchObject({ contributionId: 12, senderName: 'Ada Lovelace', subject: 'Hello from [e-mail address removed]' });
  });

  it('prefills one draft named after the subject when nothing was found', () => {
    const item = unsortedFromMessage(aParsedMessage({ kind: 'other', agreements: [], subject: '' }), 1, facts);
    expect(item.payload.prefill.map((p) => p.fields.name)).toEqual(['Untitled agreement from "a mail without subject" (name needed)']);
    expect(item.payload.subject).toBe('(no subject)');
  });
});

describe('unsortedCardReply', () => {
  it('shows why the mail is here, who sent it, what it says and what it carries, with the two ways out', () => {
    const reply = unsortedCardReply(anUnsortedItem({ id: 3 }));
    expect(ReplySchema.safeParse(reply).success).toBe(true);
    expect(reply.text.split('\n')).toEqual([
      'Needs a look 3: Workshop on cyber diplomacy in West Africa',
      'Status: needs a look',
      'From: Mireille Okafor',
      'Received: 2026-11-24 09:15 UTC',
      'Why it is here: not recognised as a contribution (no questionnaire content)',
      'Attachments: workshop-agenda.ics',
      'Dear colleagues,',
      'We are organising a workshop on cyber diplomacy in Accra.',
      'Actions: unsorted draft 3 · unsorted dismiss 3 <reason>',
    ]);
    expect(reply.blocks.find((b) => b.type === 'actions')).toEqual({ type: 'actions', actions: [{ id: 'unsorted-draft', label: 'Make a draft', value: '3', style: 'primary' }, { id: 'unsorted-dismiss', label: 'Not a contribution', value: '3', style: 'danger' }] });
  });

  it('says what became of a resolved item and offers nothing more', () => {
    const reply = unsortedCardReply(anUnsortedItem({ status: 'dismissed', resolvedBy: { platform: 'discord', id: '1', name: 'Anna' }, resolvedAt: '2026-11-24T10:00:00.000Z', resolution: 'an invitation' }));
    expect(reply.text.split('\n')[1]).toBe('Status: dismissed by Anna at 2026-11-24 10:00 UTC: an invitation');
    expect(reply.blocks.some((b) => b.type === 'actions')).toBe(false);
  });
});

describe('unsortedListReply', () => {
  it('lists id, subject, date and reason', () => {
    expect(unsortedListReply([anUnsortedItem({ id: 3 })]).text.split('\n')[1]).toBe('#3 Workshop on cyber diplomacy in West Africa · 2026-11-24 09:15 · not recognised as a contribution (no questionnaire content)');
    expect(unsortedListReply([]).text).toBe('Nothing needs a look: every mail became drafts or was dismissed.');
  });
});
