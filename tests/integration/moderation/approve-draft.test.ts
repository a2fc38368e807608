import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNNAMED_AGREEMENT } from '../../../src/core/contribution/build-drafts.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { alice, bob, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

describe('approveDraft over SQLite', () => {
  let fx: ModerationFixture;
  beforeEach(async () => {
    fx = await openModerationFixture();
  });
  afterEach(async () => fx.cleanup());

  it('adds the agreement to the catalog with the contribution as provenance', async () => {
    const draftId = await insertDraft(fx.store.db);
    const result = await fx.moderation.approve(draftId, alice);
    if (!result.ok) throw new Error(result.message);
    const snapshot = await fx.store.catalog.loadSnapshot();
    const agreement = snapshot.agreementById.get(result.draft.agreementId ?? -1);
    const contributionId = result.draft.contributionId;
    expect(agreement?.name).toBe('Nordic Cyber Stability Accord');
    expect(agreement?.provenance).toMatchObject({ kind: 'contribution', ref: `contribution:${contributionId}/draft:${draftId}` });
  });

  it('refuses a draft whose agreement has no name until a moderator names it', async () => {
    const draftId = await insertDraft(fx.store.db, { fields: { name: UNNAMED_AGREEMENT } });
    const refused = await fx.moderation.approve(draftId, alice);
    expect(refused).toMatchObject({ ok: false, code: 'invalid' });
    const before = (await fx.store.catalog.loadSnapshot()).agreements.length;
    await fx.moderation.edit(draftId, alice, { name: 'Nordic Cyber Stability Accord' });
    const approved = await fx.moderation.approve(draftId, alice);
    expect(approved.ok).toBe(true);
    expect((await fx.store.catalog.loadSnapshot()).agreements.length).toBe(before + 1);
  });

  it('brings the suggested norm elements in as unverified coverage', async () => {
    const draftId = await insertDraft(fx.store.db);
    const result = await fx.moderation.approve(draftId, alice);
    if (!result.ok) throw new Error(result.message);
    const agreement = (await fx.store.catalog.loadSnapshot()).agreementById.get(result.draft.agreementId ?? -1);
    expect(agreement?.coverage).toEqual([expect.objectContaining({ element: '2.1', status: 'unverified' })]);
  });

  it('updates the agreement a draft names instead of adding a second copy', async () => {
    const draftId = await insertDraft(fx.store.db, {
      fields: { name: 'Paris Call', normElements: [{ id: '5.5', name: 'Botnets', sentence: 'The Paris Call work on botnets.' }] },
      catalogMatch: { agreementId: 22, name: 'The Paris Call for Trust and Security in Cyberspace', score: 1 },
    });
    const before = await fx.store.catalog.loadSnapshot();
    const result = await fx.moderation.approve(draftId, alice);
    if (!result.ok) throw new Error(result.message);
    const after = await fx.store.catalog.loadSnapshot();
    expect(result.draft).toMatchObject({ status: 'approved', agreementId: 22 });
    expect(after.agreements).toHaveLength(before.agreements.length);
    expect(after.agreementById.get(22)?.coverage).toContainEqual(expect.objectContaining({ element: '5.5', status: 'unverified' }));
  });

  it('adds a new agreement when the catalog match is only a resemblance', async () => {
    const draftId = await insertDraft(fx.store.db, { catalogMatch: { agreementId: 22, name: 'The Paris Call for Trust and Security in Cyberspace', score: 0.7 } });
    const before = await fx.store.catalog.loadSnapshot();
    const result = await fx.moderation.approve(draftId, alice);
    if (!result.ok) throw new Error(result.message);
    expect((await fx.store.catalog.loadSnapshot()).agreements).toHaveLength(before.agreements.length + 1);
  });

  it('keeps e-mail addresses from a contribution out of the catalog', async () => {
    const draftId = await insertDraft(fx.store.db, {
      fields: {
        signatories: ['Jordan Blake jblake@example.net'],
        maintainer: 'Secretariat, contact sec@example.org',
        normElements: [{ id: '2.1', name: 'CIP', sentence: 'Write to ada@example.org about CIP.' }],
      },
    });
    const result = await fx.moderation.approve(draftId, alice);
    if (!result.ok) throw new Error(result.message);
    const agreement = (await fx.store.catalog.loadSnapshot()).agreementById.get(result.draft.agreementId ?? -1);
    expect(JSON.stringify(agreement)).not.toMatch(/@example\.(net|org)/);
  });

  it('records who approved and when', async () => {
    const draftId = await insertDraft(fx.store.db);
    await fx.moderation.approve(draftId, alice);
    const draft = await fx.moderation.getDraft(draftId);
    expect(draft).toMatchObject({ status: 'approved', decidedBy: alice, decidedAt: '2026-11-23T10:00:00.000Z' });
  });

  it('decides once when two moderators approve at the same moment', async () => {
    const draftId = await insertDraft(fx.store.db);
    const [first, second] = await Promise.all([fx.moderation.approve(draftId, alice), fx.moderation.approve(draftId, bob)]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const loser = first.ok ? second : first;
    const winner = first.ok ? alice : bob;
    expect(loser).toMatchObject({ ok: false, code: 'already-decided' });
    expect(loser.message).toContain(`approved by ${winner.name}`);
  });

  it('adds exactly one agreement when two moderators approve at once', async () => {
    const draftId = await insertDraft(fx.store.db);
    const before = (await fx.store.catalog.loadSnapshot()).agreements.length;
    await Promise.all([fx.moderation.approve(draftId, alice), fx.moderation.approve(draftId, bob)]);
    expect((await fx.store.catalog.loadSnapshot()).agreements.length).toBe(before + 1);
  });

  it('queues one outcome mail to the contributor', async () => {
    const draftId = await insertDraft(fx.store.db, { contributor: { email: 'ada@example.org' } });
    await fx.moderation.approve(draftId, alice);
    const mails = await fx.store.db.all<{ dedupe_key: string; to_address: string; kind: string }>('SELECT dedupe_key, to_address, kind FROM outbox');
    expect(mails).toEqual([{ dedupe_key: `outcome:${draftId}`, to_address: 'ada@example.org', kind: 'outcome' }]);
  });

  it('refuses a draft someone else claimed', async () => {
    const draftId = await insertDraft(fx.store.db);
    await fx.moderation.claim(draftId, bob);
    const result = await fx.moderation.approve(draftId, alice);
    expect(result).toMatchObject({ ok: false, code: 'claimed-by-other' });
    expect(result.message).toContain('Bob');
  });

  it('returns not-found for an unknown draft', async () => {
    expect(await fx.moderation.approve(999, alice)).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe('approveDraft from two processes', () => {
  it('decides once when two connections to the same file approve at once', async () => {
    const { openStore } = await import('../../../src/store/open-store.js');
    const { createModeration } = await import('../../../src/core/moderation/create-moderation.js');
    const { createModerationStore } = await import('../../../src/store/moderation-store.js');
    const fx = await openModerationFixture();
    try {
      const draftId = await insertDraft(fx.store.db);
      const other = await openStore(fx.store.db.path);
      try {
        const second = createModeration({ store: createModerationStore(other), now: fx.clock.now });
        const results = await Promise.all([fx.moderation.approve(draftId, alice), second.approve(draftId, bob)]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.find((r) => !r.ok)).toMatchObject({ code: 'already-decided' });
      } finally {
        await other.close();
      }
    } finally {
      await fx.cleanup();
    }
  });
});

describe('approveDraft with a bad suggestion', () => {
  it('leaves out element ids the taxonomy does not have', async () => {
    const fx = await openModerationFixture();
    try {
      const draftId = await insertDraft(fx.store.db, { fields: { normElements: [{ id: '6.9', name: 'x', sentence: 'section 6.9' }, { id: '2.1', name: 'CIP', sentence: 's' }] } });
      const result = await fx.moderation.approve(draftId, alice);
      if (!result.ok) throw new Error(result.message);
      const agreement = (await fx.store.catalog.loadSnapshot()).agreementById.get(result.draft.agreementId ?? -1);
      expect(agreement?.coverage.map((c) => c.element)).toEqual(['2.1']);
    } finally {
      await fx.cleanup();
    }
  });
});
