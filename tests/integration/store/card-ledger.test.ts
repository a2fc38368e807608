import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardPost } from '../../../src/core/desk/card-ledger.js';
import { draftStamp } from '../../../src/core/desk/desk-card.js';
import { createCardLedger } from '../../../src/store/card-ledger.js';
import { Database } from '../../../src/store/database.js';
import { migrate } from '../../../src/store/migrate.js';
import { migrations } from '../../../src/store/migrations/index.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { makeTempDir } from '../../helpers/make-temp-dir.js';
import { alice, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

let fx: ModerationFixture;
let draftId: number;
beforeEach(async () => {
  fx = await openModerationFixture();
  draftId = await insertDraft(fx.store.db);
});
afterEach(async () => {
  await fx.cleanup();
});

const subject = () => ({ kind: 'draft' as const, id: draftId });
const aPost = (overrides: Partial<CardPost> = {}): CardPost => ({
  subject: subject(),
  platform: 'slack',
  channelId: 'C0MODS',
  messageId: '1700000000.000100',
  threadId: null,
  postedAt: '2026-11-23T10:00:00.000Z',
  stamp: '0',
  ...overrides,
});

describe('the card ledger in SQLite', () => {
  it('lists a pending draft without a card as unposted, on each platform apart', async () => {
    const ledger = createCardLedger(fx.store.db);
    expect(await ledger.unposted('slack')).toEqual([subject()]);
    await ledger.save(aPost());
    expect(await ledger.unposted('slack')).toEqual([]);
    expect(await ledger.unposted('discord')).toEqual([subject()]);
    expect(await ledger.get('slack', subject())).toEqual(aPost());
    expect(await ledger.get('discord', subject())).toBeNull();
  });

  it('lists open "needs a look" items alongside drafts, oldest first', async () => {
    await fx.store.db.run(`INSERT INTO unsorted_items (dedupe_key, kind, status, reason, payload_json, created_at) VALUES ('mail:1', 'mail', 'open', 'r', '{}', '2026-11-22T00:00:00.000Z')`);
    await fx.store.db.run(`INSERT INTO unsorted_items (dedupe_key, kind, status, reason, payload_json, created_at) VALUES ('mail:2', 'mail', 'dismissed', 'r', '{}', '2026-11-22T00:00:00.000Z')`);
    expect(await createCardLedger(fx.store.db).unposted('discord')).toEqual([{ kind: 'unsorted', id: 1 }, subject()]);
  });

  it('does not list a decided draft as unposted: it never needs a card', async () => {
    await fx.moderation.reject(draftId, alice, 'duplicate');
    expect(await createCardLedger(fx.store.db).unposted('slack')).toEqual([]);
  });

  it('finds a card stale once the draft changed anywhere, and fresh once redrawn', async () => {
    const ledger = createCardLedger(fx.store.db);
    await ledger.save(aPost({ stamp: draftStamp((await fx.moderation.getDraft(draftId))!, fx.clock.now()) }));
    expect(await ledger.stale('slack')).toEqual([]);
    await fx.moderation.claim(draftId, alice);
    expect(await ledger.stale('slack')).toEqual([subject()]);
    await ledger.markDrawn('slack', subject(), draftStamp((await fx.moderation.getDraft(draftId))!, fx.clock.now()));
    expect(await ledger.stale('slack')).toEqual([]);
  });

  it('keeps a card drawn with an Undo button among the candidates until it is drawn without', async () => {
    const ledger = createCardLedger(fx.store.db);
    await fx.moderation.approve(draftId, alice);
    const decided = (await fx.moderation.getDraft(draftId))!;
    expect(draftStamp(decided, fx.clock.now())).toBe(`${decided.revision}+undo`);
    await ledger.save(aPost({ stamp: draftStamp(decided, fx.clock.now()) }));
    expect(await ledger.stale('slack')).toEqual([subject()]);
    fx.clock.advance(16 * 60_000);
    await ledger.markDrawn('slack', subject(), draftStamp(decided, fx.clock.now()));
    expect(await ledger.stale('slack')).toEqual([]);
  });

  it('moves a card that was posted again, keeping when it was first posted', async () => {
    const ledger = createCardLedger(fx.store.db);
    await ledger.save(aPost());
    await ledger.save(aPost({ messageId: '1700000000.000200', postedAt: '2026-11-24T00:00:00.000Z', threadId: 't' }));
    expect(await ledger.get('slack', subject())).toMatchObject({ messageId: '1700000000.000200', threadId: 't', postedAt: '2026-11-23T10:00:00.000Z' });
  });
});

describe('migration 6', () => {
  it('carries the cards posted before into the ledger, to be redrawn once', async () => {
    const tmp = await makeTempDir('normbot-migration-');
    const db = await Database.open(path.join(tmp.dir, 'old.sqlite'));
    try {
      await migrate(db, migrations.filter((m) => m.version <= 4));
      await db.run(`INSERT INTO raw_messages (sha256, origin, received_at, size, raw, status) VALUES ('x', 't', 't', 1, x'00', 'processed')`);
      await db.run(`INSERT INTO contributions (raw_message_id, kind, subject, anonymous, parsed_json, created_at) VALUES (1, 'contribution', 's', 0, '{}', 't')`);
      await db.run(`INSERT INTO drafts (contribution_id, idx, status, fields_json, evidence_json, contributor_label, created_at) VALUES (1, 0, 'pending', '{}', '{}', 'x', 't')`);
      await db.run(`INSERT INTO chat_posts (draft_id, platform, channel_id, message_id, posted_at, rendered_version) VALUES (1, 'discord', '42', '4242', '2026-01-01', 10)`);
      expect(await migrate(db)).toEqual([5, 6, 8, 9, 10, 11, 16]);
      const ledger = createCardLedger(db);
      expect(await ledger.get('discord', { kind: 'draft', id: 1 })).toEqual({ subject: { kind: 'draft', id: 1 }, platform: 'discord', channelId: '42', messageId: '4242', threadId: null, postedAt: '2026-01-01', stamp: '' });
      expect(await ledger.stale('discord')).toEqual([{ kind: 'draft', id: 1 }]);
      expect(await db.get(`SELECT name FROM sqlite_master WHERE name = 'chat_posts'`)).toBeUndefined();
    } finally {
      await db.close();
      await tmp.cleanup();
    }
  });
});
