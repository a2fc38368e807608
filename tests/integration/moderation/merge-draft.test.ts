import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/catalog/agreement.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { alice, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

describe('mergeDraft over SQLite', () => {
  let fx: ModerationFixture;
  let target: Agreement;
  beforeEach(async () => {
    fx = await openModerationFixture();
    const snapshot = await fx.store.catalog.loadSnapshot();
    const found = snapshot.agreements.find((a) => !a.coverage.some((c) => c.element === '5.3'));
    if (!found) throw new Error('the shipped catalog should have an agreement without element 5.3');
    target = found;
  });
  afterEach(async () => fx.cleanup());

  const mergeOne = async () => {
    const draftId = await insertDraft(fx.store.db, {
      fields: { name: 'A contributed alias', normElements: [{ id: '5.3', name: 'x', sentence: 'They share threat information.' }] },
    });
    const result = await fx.moderation.merge(draftId, alice, target.id);
    const after = (await fx.store.catalog.loadSnapshot()).agreementById.get(target.id);
    if (!after) throw new Error('merged agreement vanished');
    return { draftId, result, after };
  };

  it('keeps every coverage link the agreement had', async () => {
    const { after } = await mergeOne();
    for (const link of target.coverage) expect(after.coverage).toContainEqual(expect.objectContaining({ element: link.element, status: link.status }));
  });

  it('adds the draft elements as unverified links citing the contribution', async () => {
    const { after, result } = await mergeOne();
    if (!result.ok) throw new Error(result.message);
    const link = after.coverage.find((c) => c.element === '5.3');
    expect(link).toMatchObject({ status: 'unverified', source: `contribution:${result.draft.contributionId}/draft:${result.draft.id}` });
  });

  it('adds the draft name as an alias and the contribution as a facts source', async () => {
    const { after, result } = await mergeOne();
    if (!result.ok) throw new Error(result.message);
    expect(after.aliases).toEqual([...target.aliases, 'A contributed alias']);
    expect(after.factsSources).toContain(`contribution:${result.draft.contributionId}/draft:${result.draft.id}`);
  });

  it('marks the draft merged with the agreement id', async () => {
    const { draftId } = await mergeOne();
    expect(await fx.moderation.getDraft(draftId)).toMatchObject({ status: 'merged', agreementId: target.id });
  });

  it('refuses an agreement id that does not exist and leaves the draft pending', async () => {
    const draftId = await insertDraft(fx.store.db);
    expect(await fx.moderation.merge(draftId, alice, 9999)).toMatchObject({ ok: false, code: 'invalid' });
    expect((await fx.moderation.getDraft(draftId))?.status).toBe('pending');
  });
});
