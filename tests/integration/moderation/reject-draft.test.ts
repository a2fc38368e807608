import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDraft } from '../../helpers/draft-builder.js';
import { alice, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

interface OutboxRow {
  dedupe_key: string;
  kind: string;
  to_address: string;
  subject: string;
  body: string;
  headers_json: string;
}

describe('rejectDraft over SQLite', () => {
  let fx: ModerationFixture;
  beforeEach(async () => {
    fx = await openModerationFixture();
  });
  afterEach(async () => fx.cleanup());

  const outbox = () => fx.store.db.all<OutboxRow>('SELECT * FROM outbox');

  it('queues the outcome mail with the reason', async () => {
    const draftId = await insertDraft(fx.store.db, { contributor: { email: 'ada@example.org' } });
    await fx.moderation.reject(draftId, alice, 'This is a national strategy, not an agreement between parties.');
    const [mail] = await outbox();
    expect(mail).toMatchObject({ dedupe_key: `outcome:${draftId}`, kind: 'outcome', to_address: 'ada@example.org' });
    expect(mail?.body).toContain('This is a national strategy, not an agreement between parties.');
  });

  it('threads the outcome mail under the contribution', async () => {
    const draftId = await insertDraft(fx.store.db, { messageId: '<contrib-1@example.org>' });
    await fx.moderation.reject(draftId, alice, 'duplicate');
    const [mail] = await outbox();
    expect(JSON.parse(mail?.headers_json ?? '{}')).toMatchObject({ 'In-Reply-To': '<contrib-1@example.org>' });
  });

  it('sends nothing to an anonymous contributor who gave no address', async () => {
    const draftId = await insertDraft(fx.store.db, { contributor: { anonymous: true, name: null, email: null } });
    const result = await fx.moderation.reject(draftId, alice, 'out of scope');
    expect(result.ok).toBe(true);
    expect(await outbox()).toEqual([]);
  });

  it('records the reason on the draft', async () => {
    const draftId = await insertDraft(fx.store.db);
    await fx.moderation.reject(draftId, alice, 'out of scope');
    expect(await fx.moderation.getDraft(draftId)).toMatchObject({ status: 'rejected', reason: 'out of scope', decidedBy: alice });
  });

  it('refuses an empty reason and leaves the draft pending', async () => {
    const draftId = await insertDraft(fx.store.db);
    expect(await fx.moderation.reject(draftId, alice, '   ')).toMatchObject({ ok: false, code: 'invalid' });
    expect((await fx.moderation.getDraft(draftId))?.status).toBe('pending');
  });

  it('leaves the catalog untouched', async () => {
    const before = (await fx.store.catalog.loadSnapshot()).agreements.length;
    const draftId = await insertDraft(fx.store.db);
    await fx.moderation.reject(draftId, alice, 'out of scope');
    expect((await fx.store.catalog.loadSnapshot()).agreements.length).toBe(before);
  });

  it('refuses to approve a rejected draft, naming who rejected it', async () => {
    const draftId = await insertDraft(fx.store.db);
    await fx.moderation.reject(draftId, alice, 'out of scope');
    const again = await fx.moderation.approve(draftId, alice);
    expect(again).toMatchObject({ ok: false, code: 'already-decided' });
    expect(again.message).toContain('rejected by Alice');
  });
});
