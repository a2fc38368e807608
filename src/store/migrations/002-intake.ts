import type { Migration } from './migration.js';

/** Mail intake: raw messages first, then contributions and drafts, the outbox and IMAP checkpoints. */
export const intakeMigration: Migration = {
  version: 2,
  name: 'intake',
  sql: `
-- Stored before anything else is done with a message. sha256 of the raw bytes dedupes re-fetches.
CREATE TABLE raw_messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sha256 TEXT NOT NULL UNIQUE,
  message_id TEXT,
  origin TEXT NOT NULL,
  received_at TEXT NOT NULL,
  size INTEGER NOT NULL,
  raw BLOB NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('stored', 'processed', 'failed', 'duplicate')),
  error_code TEXT,
  error_message TEXT,
  processed_at TEXT
);
CREATE INDEX raw_messages_message_id ON raw_messages(message_id);
CREATE INDEX raw_messages_status ON raw_messages(status);
CREATE TABLE contributions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  raw_message_id INTEGER NOT NULL UNIQUE REFERENCES raw_messages(id),
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  contributor_name TEXT,
  contributor_affiliation TEXT,
  contributor_country TEXT,
  -- for replies only: never shown in chat, never logged
  contributor_email TEXT,
  anonymous INTEGER NOT NULL DEFAULT 0,
  parsed_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE drafts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  contribution_id INTEGER NOT NULL REFERENCES contributions(id),
  idx INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'merged')),
  fields_json TEXT NOT NULL,
  evidence_json TEXT NOT NULL,
  catalog_match_json TEXT,
  contributor_label TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  claimed_by_json TEXT,
  claimed_at TEXT,
  decided_by_json TEXT,
  decided_at TEXT,
  reason TEXT,
  agreement_id INTEGER,
  created_at TEXT NOT NULL,
  UNIQUE (contribution_id, idx)
);
CREATE INDEX drafts_status ON drafts(status);
CREATE TABLE draft_versions (
  draft_id INTEGER NOT NULL REFERENCES drafts(id),
  version INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor_json TEXT NOT NULL,
  fields_json TEXT NOT NULL,
  change TEXT NOT NULL,
  PRIMARY KEY (draft_id, version)
);
-- Mail to send. dedupe_key makes enqueueing idempotent (one ack per contribution).
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dedupe_key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  headers_json TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
CREATE TABLE imap_checkpoints (
  mailbox TEXT PRIMARY KEY,
  uid_validity TEXT NOT NULL,
  last_uid INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
`,
};
