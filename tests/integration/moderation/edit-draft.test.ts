import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDraft } from '../../helpers/draft-builder.js';
import { alice, bob, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

describe('editDraft and undoEdit over SQLite', () => {
  let fx: ModerationFixture;
  let draftId: number;
  beforeEach(async () => {
    fx = await openModerationFixture();
    draftId = await insertDraft(fx.store.db);
  });
  afterEach(async () => fx.cleanup());

  it('records who changed what as a new version', async () => {
    await fx.moderation.edit(draftId, alice, { name: 'Nordic Accord' });
    const history = await fx.moderation.history(draftId);
    expect(history.at(-1)).toMatchObject({ version: 2, actor: alice, change: "name: 'Nordic Cyber Stability Accord' -> 'Nordic Accord'", kind: 'edit' });
  });

  it('refuses an invalid value and keeps the version', async () => {
    const result = await fx.moderation.edit(draftId, alice, { name: '' });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect((await fx.moderation.getDraft(draftId))?.version).toBe(1);
  });

  it('refuses a field that does not exist', async () => {
    const result = await fx.moderation.edit(draftId, alice, { colour: 'blue' } as never);
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('restores the previous fields as a new version on undo', async () => {
    await fx.moderation.edit(draftId, alice, { launchYear: 2019 });
    const undone = await fx.moderation.undoEdit(draftId, bob);
    expect(undone).toMatchObject({ ok: true, draft: { version: 3, fields: { launchYear: 2021 } } });
  });

  it('walks back through two edits with two undos', async () => {
    await fx.moderation.edit(draftId, alice, { launchYear: 2019 });
    await fx.moderation.edit(draftId, alice, { name: 'Nordic Accord' });
    await fx.moderation.undoEdit(draftId, alice);
    const second = await fx.moderation.undoEdit(draftId, alice);
    expect(second).toMatchObject({ ok: true, draft: { fields: { name: 'Nordic Cyber Stability Accord', launchYear: 2021 } } });
  });

  it('says there is nothing to undo on an unedited draft', async () => {
    expect(await fx.moderation.undoEdit(draftId, alice)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('refuses to edit a decided draft', async () => {
    await fx.moderation.approve(draftId, alice);
    expect(await fx.moderation.edit(draftId, bob, { name: 'Too late' })).toMatchObject({ ok: false, code: 'already-decided' });
  });

  it('approves the edited fields', async () => {
    await fx.moderation.edit(draftId, alice, { name: 'Nordic Accord' });
    const result = await fx.moderation.approve(draftId, alice);
    if (!result.ok) throw new Error(result.message);
    expect((await fx.store.catalog.loadSnapshot()).agreementById.get(result.draft.agreementId ?? -1)?.name).toBe('Nordic Accord');
  });
});
