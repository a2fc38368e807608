import { outboxMessageKey } from '../enqueue-mail.js';
import type { Migration } from './migration.js';

/**
 * Contributors answer back. Each outbox mail knows its contribution and the key its Message-ID is
 * made of, so a reply naming it (In-Reply-To, References) finds its contribution. The thread keeps
 * every reply with what it was understood to say; a correction waits as a proposed edit until a
 * moderator accepts or declines it; a version says on whose word it was made (source); a
 * contributor may withdraw drafts still pending.
 *
 * SQLite cannot alter a CHECK constraint: the drafts table's is widened in place, as the SQLite
 * manual describes for loosening a constraint ("Making Other Kinds Of Table Schema Changes",
 * https://www.sqlite.org/lang_altertable.html#otheralter); the CREATE statements below bump the
 * schema version, so every connection reads the new definition.
 */
export const repliesMigration: Migration = {
  version: 11,
  name: 'replies',
  sql: `
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, '''rejected'', ''merged''))', '''rejected'', ''merged'', ''withdrawn''))')
  WHERE type = 'table' AND name = 'drafts';
PRAGMA writable_schema = RESET;
ALTER TABLE outbox ADD COLUMN contribution_id INTEGER REFERENCES contributions(id);
ALTER TABLE outbox ADD COLUMN message_key TEXT;
CREATE INDEX outbox_message_key ON outbox(message_key);
CREATE INDEX outbox_contribution ON outbox(contribution_id);
UPDATE outbox SET contribution_id = CAST(substr(dedupe_key, 5) AS INTEGER) WHERE dedupe_key GLOB 'ack:[0-9]*';
UPDATE outbox SET contribution_id = (SELECT d.contribution_id FROM drafts d WHERE d.id = CAST(substr(outbox.dedupe_key, 9) AS INTEGER))
  WHERE dedupe_key GLOB 'outcome:[0-9]*';
ALTER TABLE draft_versions ADD COLUMN source TEXT;
CREATE TABLE contribution_replies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  contribution_id INTEGER NOT NULL REFERENCES contributions(id),
  raw_message_id INTEGER NOT NULL UNIQUE REFERENCES raw_messages(id),
  received_at TEXT NOT NULL,
  -- sent from the contributor's own address (as judged for acknowledgements): only then acted on
  from_contributor INTEGER NOT NULL,
  kind TEXT NOT NULL,
  reading_json TEXT NOT NULL,
  understood_json TEXT NOT NULL,
  ack_status TEXT CHECK (ack_status IN ('queued', 'withheld')),
  ack_reason TEXT
);
CREATE INDEX contribution_replies_contribution ON contribution_replies(contribution_id);
CREATE TABLE proposed_edits (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  draft_id INTEGER NOT NULL REFERENCES drafts(id),
  status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'declined')),
  patch_json TEXT NOT NULL,
  before_json TEXT NOT NULL,
  evidence_json TEXT NOT NULL,
  reply_ids_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  decided_by_json TEXT,
  decided_at TEXT,
  reason TEXT
);
-- one open correction per draft: a later reply's changes join it
CREATE UNIQUE INDEX proposed_edits_open ON proposed_edits(draft_id) WHERE status = 'open';
`,
  // the Message-ID key is a hash, which SQL cannot compute
  async backfill(tx) {
    const rows = await tx.all<{ id: number; dedupe_key: string }>('SELECT id, dedupe_key FROM outbox WHERE message_key IS NULL');
    for (const r of rows) await tx.run('UPDATE outbox SET message_key = ? WHERE id = ?', [outboxMessageKey(r.dedupe_key), r.id]);
  },
};
