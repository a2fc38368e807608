import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskEvent } from '../../../src/core/desk/desk-event.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { alice, bob, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

const PARIS = { agreementId: 22, name: 'The Paris Call for Trust and Security in Cyberspace', score: 1 };

describe('undoing a decision over SQLite', () => {
  let fx: ModerationFixture;
  let moderation: Moderation;
  let events: DeskEvent[];
  beforeEach(async () => {
    fx = await openModerationFixture();
    ({ moderation, events } = fx);
  });
  afterEach(async () => fx.cleanup());

  const outbox = () => fx.store.db.all<{ dedupe_key: string; next_attempt_at: string }>('SELECT dedupe_key, next_attempt_at FROM outbox ORDER BY id');
  const ok = <T extends { ok: boolean; message: string }>(r: T): Extract<T, { ok: true }> => {
    if (!r.ok) throw new Error(r.message);
    return r as Extract<T, { ok: true }>;
  };

  it('holds the outcome mail for the undo window', async () => {
    const draftId = await insertDraft(fx.store.db);
    ok(await moderation.approve(draftId, alice));
    expect(await outbox()).toEqual([{ dedupe_key: `outcome:${draftId}`, next_attempt_at: '2026-11-23T10:15:00.000Z' }]);
  });

  it('takes a new agreement out of the catalog, withdraws the mail, and keeps both steps in the history', async () => {
    const draftId = await insertDraft(fx.store.db);
    const before = (await fx.store.catalog.loadSnapshot()).agreements.length;
    const agreementId = ok(await moderation.approve(draftId, alice)).draft.agreementId!;
    fx.clock.advance(10 * 60_000);
    const undone = ok(await moderation.undoDecision(draftId, bob));
    expect(undone.message).toBe(`Undid the approval of draft ${draftId} (agreement ${agreementId} "Nordic Cyber Stability Accord" taken out of the catalog); it is pending again.`);
    expect(undone.draft).toMatchObject({ status: 'pending', decidedBy: null, decidedAt: null, agreementId: null });
    expect((await fx.store.catalog.loadSnapshot()).agreements).toHaveLength(before);
    expect(await outbox()).toEqual([]);
    const history = await fx.store.catalog.history('agreement', agreementId);
    expect(history.map((h) => [h.action, h.actor, h.after === null])).toEqual([['approve-draft', 'slack:U0ALICE', false], ['undo-approved', 'discord:4242', true]]);
    expect(await fx.store.catalog.history('coverage', `${agreementId}:2.1`)).toHaveLength(2);
    const decisions = await fx.store.db.all<{ status: string; undone_by_json: string | null }>('SELECT status, undone_by_json FROM draft_decisions WHERE draft_id = ?', [draftId]);
    expect(decisions).toEqual([{ status: 'approved', undone_by_json: JSON.stringify(bob) }]);
    expect(events.at(-1)).toEqual({ type: 'decided', subject: { kind: 'draft', id: draftId }, note: `Undone by Bob: ${undone.message}` });
  });

  it('lets the draft be decided again after an undo, with a new outcome mail', async () => {
    const draftId = await insertDraft(fx.store.db);
    ok(await moderation.approve(draftId, alice));
    ok(await moderation.undoDecision(draftId, alice));
    ok(await moderation.reject(draftId, alice, 'not an agreement after all'));
    expect((await outbox()).map((m) => m.dedupe_key)).toEqual([`outcome:${draftId}`]);
    expect((await fx.store.db.get<{ body: string }>('SELECT body FROM outbox'))!.body).toContain('Reason given by the moderators: not an agreement after all');
  });

  it('restores an agreement that an approval or a merge updated, exactly as it was', async () => {
    const paris = (await fx.store.catalog.loadSnapshot()).agreementById.get(22)!;
    const named = await insertDraft(fx.store.db, { fields: { name: 'Paris Call', normElements: [{ id: '5.5', name: 'Botnets', sentence: 'Botnets.' }] }, catalogMatch: PARIS });
    ok(await moderation.approve(named, alice));
    expect((await fx.store.catalog.loadSnapshot()).agreementById.get(22)!.coverage).toHaveLength(paris.coverage.length + 1);
    expect(ok(await moderation.undoDecision(named, alice)).message).toMatch(/\(agreement 22 "The Paris Call for Trust and Security in Cyberspace" restored as it was\)/);
    expect((await fx.store.catalog.loadSnapshot()).agreementById.get(22)).toEqual(paris);

    const merged = await insertDraft(fx.store.db, { fields: { name: 'Appel de Paris' } });
    ok(await moderation.merge(merged, alice, 22));
    ok(await moderation.undoDecision(merged, alice));
    expect((await fx.store.catalog.loadSnapshot()).agreementById.get(22)).toEqual(paris);
  });

  it('undoes a rejection, which changed no catalog entry', async () => {
    const draftId = await insertDraft(fx.store.db);
    ok(await moderation.reject(draftId, alice, 'duplicate'));
    expect(ok(await moderation.undoDecision(draftId, alice)).message).toBe(`Undid the rejection of draft ${draftId}; it is pending again.`);
    expect(await moderation.getDraft(draftId)).toMatchObject({ status: 'pending', reason: null });
  });

  it('refuses after 15 minutes', async () => {
    const draftId = await insertDraft(fx.store.db);
    ok(await moderation.approve(draftId, alice));
    fx.clock.advance(15 * 60_000);
    expect(await moderation.undoDecision(draftId, alice)).toEqual({ ok: false, code: 'invalid', message: `The decision on draft ${draftId} is older than 15 minutes and can no longer be undone from chat; edit the catalog instead.` });
    expect((await moderation.getDraft(draftId))!.status).toBe('approved');
  });

  it('refuses when the agreement changed after the decision, so no one else\'s work is wiped', async () => {
    const first = await insertDraft(fx.store.db, { fields: { name: 'Paris Call' }, catalogMatch: PARIS });
    const second = await insertDraft(fx.store.db, { fields: { name: 'Paris Call again', normElements: [{ id: '5.5', name: 'Botnets', sentence: 'x' }] } });
    ok(await moderation.approve(first, alice));
    ok(await moderation.merge(second, bob, 22));
    const refused = await moderation.undoDecision(first, alice);
    expect(refused).toEqual({ ok: false, code: 'invalid', message: `Draft ${first} cannot be undone: agreement 22 was changed after this decision; change the catalog by hand instead.` });
    expect((await moderation.getDraft(first))!.status).toBe('approved');
  });

  it('refuses a pending draft and a missing one', async () => {
    const draftId = await insertDraft(fx.store.db);
    expect(await moderation.undoDecision(draftId, alice)).toMatchObject({ ok: false, code: 'invalid', message: expect.stringMatching(/is pending; there is no decision to undo/) });
    expect(await moderation.undoDecision(999, alice)).toMatchObject({ ok: false, code: 'not-found' });
  });
});
