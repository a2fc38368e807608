import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskEvent } from '../../../src/core/desk/desk-event.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { alice, bob, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

describe('the desk rules, once in core', () => {
  let fx: ModerationFixture;
  let moderation: Moderation;
  let events: DeskEvent[];
  beforeEach(async () => {
    fx = await openModerationFixture();
    ({ moderation, events } = fx);
  });
  afterEach(async () => fx.cleanup());

  describe('may this actor open a form on this draft', () => {
    it('yes, on a pending draft nobody else holds, and for the one who holds it', async () => {
      const draftId = await insertDraft(fx.store.db);
      expect(await moderation.openForm(draftId, alice)).toMatchObject({ ok: true, draft: { id: draftId, version: 1 } });
      await moderation.claim(draftId, alice);
      expect(await moderation.openForm(draftId, alice)).toMatchObject({ ok: true });
    });

    it('no, when another moderator claimed it, until the claim lapses', async () => {
      const draftId = await insertDraft(fx.store.db);
      await moderation.claim(draftId, bob);
      expect(await moderation.openForm(draftId, alice)).toMatchObject({ ok: false, code: 'claimed-by-other', message: `Draft ${draftId} is being handled by Bob until 2026-11-23 10:30 UTC; ask them, or free it with "release ${draftId} override".` });
      fx.clock.advance(31 * 60_000);
      expect(await moderation.openForm(draftId, alice)).toMatchObject({ ok: true });
    });

    it('no, when it was decided or does not exist', async () => {
      const draftId = await insertDraft(fx.store.db);
      await moderation.reject(draftId, bob, 'duplicate');
      expect(await moderation.openForm(draftId, alice)).toMatchObject({ ok: false, code: 'already-decided', message: `Draft ${draftId} was already rejected by Bob at 2026-11-23 10:00 UTC: duplicate.` });
      expect(await moderation.openForm(404, alice)).toEqual({ ok: false, code: 'not-found', message: 'There is no draft 404; "drafts" lists the pending ones.' });
    });
  });

  describe('an edit carries the version its form was filled from', () => {
    it('saves when the draft is still at that version', async () => {
      const draftId = await insertDraft(fx.store.db);
      expect(await moderation.edit(draftId, alice, { launchYear: 2019 }, { fromVersion: 1 })).toMatchObject({ ok: true, draft: { version: 2, fields: { launchYear: 2019 } } });
    });

    it('refuses, inside the transaction, a form filled from an older version, naming who edited since', async () => {
      const draftId = await insertDraft(fx.store.db);
      await moderation.edit(draftId, bob, { name: 'Renamed by Bob' });
      const stale = await moderation.edit(draftId, alice, { launchYear: 2019 }, { fromVersion: 1 });
      expect(stale).toMatchObject({ ok: false, code: 'stale', message: `Draft ${draftId} was edited by Bob while this form was open (the form shows version 1, the draft is at version 2). Nothing was saved; open the form again to see the current fields.` });
      expect(await moderation.getDraft(draftId)).toMatchObject({ version: 2, fields: { name: 'Renamed by Bob', launchYear: 2021 } });
    });

    it('lets two forms filled from the same version save once', async () => {
      const draftId = await insertDraft(fx.store.db);
      const [a, b] = await Promise.all([moderation.edit(draftId, alice, { launchYear: 2018 }, { fromVersion: 1 }), moderation.edit(draftId, bob, { launchYear: 2017 }, { fromVersion: 1 })]);
      expect([a.ok, b.ok].sort()).toEqual([false, true]);
      expect((await moderation.getDraft(draftId))!.version).toBe(2);
    });
  });

  describe('every committed change is told to the cards', () => {
    it('an edit, a claim, a release and a decision each once, a refusal never', async () => {
      const draftId = await insertDraft(fx.store.db);
      const subject = { kind: 'draft', id: draftId };
      await moderation.edit(draftId, alice, { launchYear: 2019 });
      await moderation.claim(draftId, alice);
      await moderation.release(draftId, alice);
      await moderation.edit(draftId, alice, { launchYear: 2019 });
      await moderation.approve(draftId, bob);
      await moderation.approve(draftId, alice);
      expect(events.map((e) => e.type)).toEqual(['changed', 'changed', 'changed', 'decided']);
      expect(events.every((e) => JSON.stringify(e.subject) === JSON.stringify(subject))).toBe(true);
      expect(events[3]).toMatchObject({ note: expect.stringMatching(new RegExp(`^Draft ${draftId} approved by Bob at 2026-11-23 10:00 UTC as agreement \\d+\\. Approved draft ${draftId}:`)) });
    });

    it('bumps the revision the cards are drawn from on every change', async () => {
      const draftId = await insertDraft(fx.store.db);
      const revisions = [(await moderation.getDraft(draftId))!.revision];
      await moderation.edit(draftId, alice, { launchYear: 2019 });
      revisions.push((await moderation.getDraft(draftId))!.revision);
      await moderation.claim(draftId, alice);
      revisions.push((await moderation.getDraft(draftId))!.revision);
      await moderation.approve(draftId, alice);
      revisions.push((await moderation.getDraft(draftId))!.revision);
      expect(revisions).toEqual([0, 1, 2, 3]);
    });
  });
});
