import type { Migration } from './migration.js';

/**
 * Members' verdicts on answers (👍, 👎, "that's wrong"), each with the question, the questions
 * before it and how it was read, so a 👎 can become a test case. One verdict per person and
 * answer: a second click (or a Slack retry) replaces the first.
 */
export const feedbackMigration: Migration = {
  version: 8,
  name: 'feedback',
  sql: `
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down', 'wrong')),
  comment TEXT NOT NULL,
  platform TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  conversation TEXT NOT NULL,
  turn_id TEXT NOT NULL,
  question TEXT NOT NULL,
  context_json TEXT NOT NULL,
  read_as TEXT NOT NULL,
  reading_json TEXT,
  intent TEXT NOT NULL,
  agreements_json TEXT NOT NULL,
  UNIQUE (platform, actor_id, conversation, turn_id)
);
CREATE INDEX feedback_at ON feedback(at);
`,
};
