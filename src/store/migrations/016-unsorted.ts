import type { Migration } from './migration.js';

/**
 * The "needs a look" queue (Mailman's hold queue): mail that became no draft waits here for a
 * moderator to make drafts of it or dismiss it. kind + payload_json leave room for other items
 * (a contributor's correction to an approved agreement); dedupe_key keeps intake idempotent.
 */
export const unsortedMigration: Migration = {
  version: 16,
  name: 'unsorted',
  sql: `
CREATE TABLE unsorted_items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dedupe_key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'drafted', 'dismissed')),
  reason TEXT NOT NULL,
  payload_json TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  resolved_by_json TEXT,
  resolved_at TEXT,
  resolution TEXT,
  draft_ids_json TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX unsorted_items_status ON unsorted_items(status);
`,
};
