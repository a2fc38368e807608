import type { Migration } from './migration.js';

/**
 * The moderation desk. card_posts replaces chat_posts: a card is for a draft or for an item of the
 * "needs a look" queue, and remembers its discussion thread and the stamp it was drawn from.
 * drafts.revision is bumped by every change, so a card is stale when it was drawn from an older
 * one. draft_decisions keeps every decision, undone or not, with the agreement before and after,
 * so a decision can be undone within its window and the history still shows it.
 */
export const deskMigration: Migration = {
  version: 6,
  name: 'desk',
  sql: `
CREATE TABLE card_posts (
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('draft', 'unsorted')),
  subject_id INTEGER NOT NULL,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  thread_id TEXT,
  posted_at TEXT NOT NULL,
  stamp TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (subject_kind, subject_id, platform)
);
-- cards posted before are kept; an empty stamp redraws them once
INSERT INTO card_posts (subject_kind, subject_id, platform, channel_id, message_id, posted_at, stamp)
  SELECT 'draft', draft_id, platform, channel_id, message_id, posted_at, '' FROM chat_posts;
DROP TABLE chat_posts;
ALTER TABLE drafts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
CREATE TABLE draft_decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  draft_id INTEGER NOT NULL REFERENCES drafts(id),
  status TEXT NOT NULL CHECK (status IN ('approved', 'rejected', 'merged')),
  actor_json TEXT NOT NULL,
  at TEXT NOT NULL,
  reason TEXT,
  agreement_id INTEGER,
  agreement_before_json TEXT,
  agreement_after_json TEXT,
  undone_at TEXT,
  undone_by_json TEXT
);
CREATE INDEX draft_decisions_draft ON draft_decisions(draft_id);
`,
};
