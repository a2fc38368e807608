import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLAIM_TTL_MS } from '../../../src/core/moderation/draft-state.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { alice, bob, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

describe('claimDraft over SQLite', () => {
  let fx: ModerationFixture;
  let draftId: number;
  beforeEach(async () => {
    fx = await openModerationFixture();
    draftId = await insertDraft(fx.store.db);
  });
  afterEach(async () => fx.cleanup());

  it('tells another moderator who holds the draft', async () => {
    await fx.moderation.claim(draftId, alice);
    const result = await fx.moderation.claim(draftId, bob);
    expect(result).toMatchObject({ ok: false, code: 'claimed-by-other' });
    expect(result.message).toContain('Alice');
  });

  it('lets the holder edit a claimed draft', async () => {
    await fx.moderation.claim(draftId, alice);
    expect(await fx.moderation.edit(draftId, alice, { launchYear: 2020 })).toMatchObject({ ok: true });
  });

  it('lets others act once the claim has expired', async () => {
    await fx.moderation.claim(draftId, alice);
    fx.clock.advance(CLAIM_TTL_MS + 1000);
    expect(await fx.moderation.claim(draftId, bob)).toMatchObject({ ok: true, draft: { claimedBy: bob } });
  });

  it('refuses a release by someone else without override', async () => {
    await fx.moderation.claim(draftId, alice);
    expect(await fx.moderation.release(draftId, bob)).toMatchObject({ ok: false, code: 'claimed-by-other' });
  });

  it('releases on an explicit override', async () => {
    await fx.moderation.claim(draftId, alice);
    expect(await fx.moderation.release(draftId, bob, { override: true })).toMatchObject({ ok: true, draft: { claimedBy: null } });
  });

  it('clears the claim when the draft is decided', async () => {
    await fx.moderation.claim(draftId, alice);
    await fx.moderation.approve(draftId, alice);
    expect((await fx.moderation.getDraft(draftId))?.claimedBy).toBeNull();
  });
});
