import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftRepository } from '../../../src/store/draft-repository.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { alice, bob, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

describe('createDraftRepository', () => {
  let fx: ModerationFixture;
  beforeEach(async () => {
    fx = await openModerationFixture();
  });
  afterEach(async () => fx.cleanup());

  it('decides a pending draft only once (compare-and-set)', async () => {
    const drafts = createDraftRepository(fx.store.db);
    const id = await insertDraft(fx.store.db);
    const decision = { status: 'approved' as const, at: '2026-11-23T10:00:00.000Z', reason: null, agreementId: null };
    expect(await drafts.decide(id, { ...decision, actor: alice })).toBe(true);
    expect(await drafts.decide(id, { ...decision, actor: bob })).toBe(false);
    expect((await drafts.get(id))?.decidedBy).toEqual(alice);
  });

  it('lists drafts oldest first', async () => {
    const drafts = createDraftRepository(fx.store.db);
    const newer = await insertDraft(fx.store.db, { createdAt: '2026-11-22T00:00:00.000Z' });
    const older = await insertDraft(fx.store.db, { createdAt: '2026-11-01T00:00:00.000Z' });
    expect((await drafts.list({ status: 'pending' })).map((d) => d.id)).toEqual([older, newer]);
  });

  it('refuses a version write based on a stale version', async () => {
    const drafts = createDraftRepository(fx.store.db);
    const id = await insertDraft(fx.store.db);
    const draft = await drafts.get(id);
    if (!draft) throw new Error('draft missing');
    const next = { draftId: id, version: 2, at: '2026-11-23T10:00:00.000Z', actor: alice, fields: draft.fields, change: 'x', kind: 'edit' as const };
    expect(await drafts.saveVersion(id, 1, next)).toBe(true);
    expect(await drafts.saveVersion(id, 1, { ...next, actor: bob })).toBe(false);
  });

  it('synthesises version 1 for a draft stored without it', async () => {
    const drafts = createDraftRepository(fx.store.db);
    const id = await insertDraft(fx.store.db);
    await fx.store.db.run('DELETE FROM draft_versions WHERE draft_id = ?', [id]);
    expect(await drafts.history(id)).toEqual([expect.objectContaining({ version: 1, kind: 'created' })]);
  });

  it('reports a corrupt row as a clear store error', async () => {
    const drafts = createDraftRepository(fx.store.db);
    const id = await insertDraft(fx.store.db);
    await fx.store.db.run(`UPDATE drafts SET fields_json = '{"name":""}' WHERE id = ?`, [id]);
    await expect(drafts.get(id)).rejects.toMatchObject({ code: 'DB_QUERY_FAILED', message: expect.stringContaining(`drafts row ${id}`) });
  });
});
