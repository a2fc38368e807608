import type { Migration } from './migration.js';

/**
 * Exactly-once intake: the same mail delivered twice (other Received: lines, same Message-ID and
 * body) is recognised by a hash of its body; attempts bounds the retries of a message whose
 * processing crashed, so one poison message cannot loop forever.
 */
export const intakeDedupeMigration: Migration = {
  version: 4,
  name: 'intake-dedupe',
  sql: `
ALTER TABLE raw_messages ADD COLUMN content_sha256 TEXT;
ALTER TABLE raw_messages ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE raw_messages ADD COLUMN duplicate_of INTEGER REFERENCES raw_messages(id);
CREATE INDEX raw_messages_content ON raw_messages(message_id, content_sha256);
`,
};
