import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDraft } from '../../helpers/draft-builder.js';
import { alice, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

describe('confirmCoverage over SQLite', () => {
  let fx: ModerationFixture;
  let agreementId: number;
  beforeEach(async () => {
    fx = await openModerationFixture();
    const result = await fx.moderation.approve(await insertDraft(fx.store.db), alice);
    if (!result.ok || result.draft.agreementId === null) throw new Error('approve failed');
    agreementId = result.draft.agreementId;
  });
  afterEach(async () => fx.cleanup());

  it('turns an unverified link into a sourced one with the moderator as provenance', async () => {
    await fx.moderation.confirmCoverage(agreementId, '2.1', alice, 'https://example.org/accord.pdf');
    const link = (await fx.store.catalog.loadSnapshot()).agreementById.get(agreementId)?.coverage.find((c) => c.element === '2.1');
    expect(link).toMatchObject({ status: 'sourced', source: 'https://example.org/accord.pdf', provenance: { kind: 'moderator', ref: 'slack:U0ALICE' } });
  });

  it('refuses a link the agreement does not have', async () => {
    expect(await fx.moderation.confirmCoverage(agreementId, '5.9', alice)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('refuses a link that is already sourced', async () => {
    await fx.moderation.confirmCoverage(agreementId, '2.1', alice);
    expect(await fx.moderation.confirmCoverage(agreementId, '2.1', alice)).toMatchObject({ ok: false, code: 'invalid' });
  });
});
