import { describe, expect, it } from 'vitest';
import { buildOutcomeMail } from '../../../src/core/moderation/build-outcome-mail.js';
import { aDraft } from '../../helpers/draft-builder.js';

const contact = { email: 'ada@example.org', name: 'Ada Lovelace', anonymous: false, subject: 'Contribution', messageId: '<m1@example.org>' };
const decided = { decidedBy: { platform: 'slack' as const, id: 'U1', name: 'Alice' }, decidedAt: '2026-11-23T10:00:00.000Z' };

describe('buildOutcomeMail', () => {
  it('includes the rejection reason', () => {
    const mail = buildOutcomeMail(aDraft({ status: 'rejected', reason: 'not an agreement', ...decided }), contact, null);
    expect(mail?.body).toContain('Reason given by the moderators: not an agreement');
  });

  it('is marked as machine-generated mail (RFC 3834) so robots do not answer it', () => {
    const mail = buildOutcomeMail(aDraft({ status: 'approved', ...decided }), contact, null);
    expect(mail?.headers).toMatchObject({ 'Auto-Submitted': 'auto-generated', 'In-Reply-To': '<m1@example.org>' });
  });

  it('is keyed once per draft', () => {
    expect(buildOutcomeMail(aDraft({ id: 9, status: 'approved', ...decided }), contact, 'X')?.dedupeKey).toBe('outcome:9');
  });

  it('is not sent to a contributor without an address', () => {
    expect(buildOutcomeMail(aDraft({ status: 'approved', ...decided }), { ...contact, email: null, anonymous: true }, 'X')).toBeNull();
  });

  it('does not greet an anonymous contributor by name', () => {
    const mail = buildOutcomeMail(aDraft({ status: 'approved', ...decided }), { ...contact, anonymous: true }, 'X');
    expect(mail?.body.startsWith('Hello,')).toBe(true);
  });

  it('never names the moderator who decided', () => {
    const mail = buildOutcomeMail(aDraft({ status: 'rejected', reason: 'duplicate', ...decided }), contact, null);
    expect(mail?.body).not.toContain('Alice');
  });

  it('names the agreement a draft was merged into', () => {
    const mail = buildOutcomeMail(aDraft({ status: 'merged', agreementId: 5, ...decided }), contact, 'The Paris Call');
    expect(mail?.body).toContain('existing catalog entry "The Paris Call"');
  });
});
