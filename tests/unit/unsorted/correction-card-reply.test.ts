import { describe, expect, it } from 'vitest';
import { ReplySchema } from '../../../src/core/reply/reply.js';
import { dismissWording, unsortedCardReply } from '../../../src/core/unsorted/unsorted-card-reply.js';
import { anUnsortedItem } from '../../helpers/unsorted-builder.js';

const correction = anUnsortedItem({
  id: 5,
  reason: 'the contributor corrects drafts already decided',
  payload: {
    kind: 'correction',
    contributionId: 9,
    replyId: 4,
    subject: 'Re: your agreement was added',
    senderName: 'Ada Lovelace',
    receivedAt: '2026-11-24T09:15:00.000Z',
    corrections: [
      { draftId: 12, agreementId: 31, name: 'Global Charter for Tech Cooperation', change: "maintainer: 'Tech Cooperation Foundation' -> 'the Global Tech Secretariat'", patch: { maintainer: 'the Global Tech Secretariat' }, evidence: { maintainer: 'The maintainer should be the Global Tech Secretariat (write to ada@example.test).' } },
      { draftId: 13, agreementId: null, name: 'Nordic Cyber Declaration', change: "year: '2020' -> '2021'", patch: { launchYear: 2021 }, evidence: {} },
    ],
  },
});

describe("the card of a contributor's correction to decided drafts", () => {
  it('names each catalog agreement (or the rejected draft) with the change and their words, addresses blanked, and offers only Close', () => {
    const card = ReplySchema.parse(unsortedCardReply(correction));
    expect(card.text).toContain("catalog agreement 31 \"Global Charter for Tech Cooperation\" (from draft 12): maintainer: 'Tech Cooperation Foundation' -> 'the Global Tech Secretariat'");
    expect(card.text).toContain('draft 13 "Nordic Cyber Declaration" (not in the catalog): year: \'2020\' -> \'2021\'');
    expect(card.text).not.toContain('ada@example.test');
    expect(card.blocks.find((b) => b.type === 'actions')).toEqual({ type: 'actions', actions: [{ id: 'unsorted-dismiss', label: 'Close', value: '5', style: 'default' }] });
    expect(card.text).toContain('Actions: unsorted dismiss 5 <what was done>');
  });

  it('shows no action once closed, and who closed it', () => {
    const card = unsortedCardReply({ ...correction, status: 'dismissed', resolvedBy: { platform: 'slack', id: 'U1', name: 'Anna' }, resolvedAt: '2026-11-24T10:00:00.000Z', resolution: 'catalog edited' });
    expect(card.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(card.text).toContain('Status: dismissed by Anna at 2026-11-24 10:00 UTC: catalog edited');
  });

  it('asks what was done when closing a correction, and why when dismissing mail', () => {
    expect(dismissWording(correction).label).toBe('What was done');
    expect(dismissWording(anUnsortedItem()).label).toBe('Why it is not a contribution');
  });
});
