import { describe, expect, it } from 'vitest';
import { activeClaim, canTransition, CLAIM_TTL_MS, describeDecision, refuseChange } from '../../../src/core/moderation/draft-state.js';
import { aDraft } from '../../helpers/draft-builder.js';

const alice = { platform: 'slack' as const, id: 'U1', name: 'Alice' };
const bob = { platform: 'slack' as const, id: 'U2', name: 'Bob' };
const now = new Date('2026-11-23T10:00:00.000Z');

describe('draft state machine', () => {
  it('lets a pending draft be approved, rejected or merged', () => {
    expect(['approved', 'rejected', 'merged'].map((s) => canTransition('pending', s as never))).toEqual([true, true, true]);
  });

  it('never changes a decided draft', () => {
    for (const from of ['approved', 'rejected', 'merged'] as const) {
      for (const to of ['pending', 'approved', 'rejected', 'merged'] as const) expect(canTransition(from, to)).toBe(false);
    }
  });

  it('refuses changes to a decided draft naming who decided', () => {
    const draft = aDraft({ status: 'rejected', decidedBy: alice, decidedAt: now.toISOString(), reason: 'duplicate' });
    expect(refuseChange(draft, bob, now)).toMatchObject({ code: 'already-decided', message: expect.stringContaining('rejected by Alice at 2026-11-23 10:00 UTC: duplicate') });
  });

  it('refuses a draft claimed by someone else', () => {
    const draft = aDraft({ claimedBy: alice, claimedAt: now.toISOString() });
    expect(refuseChange(draft, bob, now)).toMatchObject({ code: 'claimed-by-other' });
  });

  it('lets the holder of a claim act', () => {
    expect(refuseChange(aDraft({ claimedBy: alice, claimedAt: now.toISOString() }), alice, now)).toBeNull();
  });

  it('lets a claim lapse after the time limit', () => {
    const draft = aDraft({ claimedBy: alice, claimedAt: new Date(now.getTime() - CLAIM_TTL_MS).toISOString() });
    expect(activeClaim(draft, now)).toBeNull();
  });

  it('describes a merge with the agreement id', () => {
    expect(describeDecision(aDraft({ status: 'merged', agreementId: 12, decidedBy: bob, decidedAt: now.toISOString() }))).toBe('merged into agreement 12 by Bob at 2026-11-23 10:00 UTC');
  });
});
