import type { Migration } from './migration.js';

/** Where each draft card was posted, so a decision taken anywhere updates every card. */
export const chatMigration: Migration = {
  version: 3,
  name: 'chat',
  sql: `
CREATE TABLE chat_posts (
  draft_id INTEGER NOT NULL REFERENCES drafts(id),
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  posted_at TEXT NOT NULL,
  rendered_version INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (draft_id, platform)
);
-- Slack/Discord redeliver events; remember what was handled.
CREATE TABLE handled_events (
  platform TEXT NOT NULL,
  event_id TEXT NOT NULL,
  handled_at TEXT NOT NULL,
  PRIMARY KEY (platform, event_id)
);
`,
};
