import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskEvent } from '../../../src/core/desk/desk-event.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { silentLogger } from '../../../src/logger.js';
import { alice, bob, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

const LETTER = path.resolve(import.meta.dirname, '../../fixtures/mail/unsorted-letter.eml');

describe('the "needs a look" queue over SQLite', () => {
  let fx: ModerationFixture;
  let moderation: Moderation;
  let events: DeskEvent[];
  let itemId: number;
  beforeEach(async () => {
    fx = await openModerationFixture();
    ({ moderation, events } = fx);
    const out = await ingestMessage(await fs.readFile(LETTER), 'test', { db: fx.store.db, parse: parseEmail, catalog: () => fx.store.catalog.loadSnapshot(), smtpFrom: 'bot@bpf.example', logger: silentLogger(), now: fx.clock.now });
    itemId = out.status === 'processed' ? out.unsortedId! : 0;
  });
  afterEach(async () => fx.cleanup());

  it('makes a pending draft from an item under its contribution, and closes the item saying so', async () => {
    const result = await moderation.draftFromUnsorted(itemId, alice);
    if (!result.ok) throw new Error(result.message);
    const [draftId] = result.draftIds;
    expect(result.message).toBe(`Made draft ${draftId} from item ${itemId}; complete it with Edit, then decide as usual.`);
    expect(result.item).toMatchObject({ status: 'drafted', resolvedBy: alice, resolution: `made into draft ${draftId}`, draftIds: [draftId], revision: 1 });
    const draft = (await moderation.getDraft(draftId!))!;
    expect(draft).toMatchObject({ status: 'pending', version: 1, contributorLabel: 'Mireille Okafor', fields: { name: 'Untitled agreement from "Workshop on cyber diplomacy in West Africa" (name needed)' } });
    expect(draft.contributionId).toBe((await moderation.getUnsorted(itemId))!.payload.contributionId);
    expect((await moderation.history(draftId!))[0]).toMatchObject({ version: 1, actor: alice, change: expect.stringMatching(/^made by Alice from contribution #\d+, which needed a look$/) });
    expect(await moderation.listUnsorted()).toEqual([]);
    expect(events).toEqual([
      { type: 'created', subject: { kind: 'draft', id: draftId } },
      { type: 'decided', subject: { kind: 'unsorted', id: itemId }, note: `Item ${itemId} made into draft ${draftId} by Alice at 2026-11-23 10:00 UTC.` },
    ]);
  });

  it('dismisses an item as not a contribution and keeps the reason', async () => {
    expect(await moderation.dismissUnsorted(itemId, bob, '  ')).toEqual({ ok: false, code: 'invalid', message: `Give a reason ("unsorted dismiss ${itemId} <reason>"); it is kept with the item.` });
    const result = await moderation.dismissUnsorted(itemId, bob, 'An invitation to a workshop');
    expect(result).toMatchObject({ ok: true, draftIds: [], item: { status: 'dismissed', resolution: 'An invitation to a workshop', resolvedBy: bob } });
    expect((await moderation.listUnsorted({ status: 'dismissed' })).map((i) => i.id)).toEqual([itemId]);
  });

  it('resolves an item once when two moderators act at the same moment, telling the second what happened', async () => {
    const [a, b] = await Promise.all([moderation.draftFromUnsorted(itemId, alice), moderation.dismissUnsorted(itemId, bob, 'spam')]);
    const loser = [a, b].find((r) => !r.ok)!;
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect(loser).toMatchObject({ ok: false, code: 'already-resolved', message: expect.stringMatching(new RegExp(`^Item ${itemId} was already (made into draft \\d+ by Alice|dismissed by Bob)`)) });
    expect(await fx.store.db.get<{ n: number }>('SELECT count(*) n FROM drafts')).toEqual({ n: a.ok ? 1 : 0 });
  });

  it('refuses an item that does not exist', async () => {
    expect(await moderation.draftFromUnsorted(999, alice)).toMatchObject({ ok: false, code: 'not-found', message: 'There is no item 999 in the "needs a look" queue; "unsorted" lists the open ones.' });
  });
});
