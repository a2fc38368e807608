import type { Migration } from './migration.js';

/**
 * Intake security: why a contribution was or was not acknowledged (moderators see it on the
 * draft); processing errors counted apart from processing starts, so a restart is not a failure;
 * acknowledgements found by recipient and time for the per-sender and hourly limits.
 */
export const intakeSecurityMigration: Migration = {
  version: 5,
  name: 'intake-security',
  sql: `
ALTER TABLE contributions ADD COLUMN ack_status TEXT CHECK (ack_status IN ('queued', 'withheld'));
ALTER TABLE contributions ADD COLUMN ack_reason TEXT;
-- raw_messages.attempts now counts processing starts; this counts the ones that ended in an error
ALTER TABLE raw_messages ADD COLUMN processing_errors INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_recipient ON outbox(kind, to_address COLLATE NOCASE, created_at);
CREATE INDEX outbox_created ON outbox(kind, created_at);
`,
};
