import type { Database } from '../../store/database.js';

/** Slack stops retrying within the hour; a day of ids is ample and keeps the table small. */
export const HANDLED_EVENT_TTL_MS = 24 * 3600_000;

/**
 * Records a Slack event id; false when it was already handled. Slack redelivers an event (with
 * X-Slack-Retry-Num) when the first delivery was not acknowledged in 3 s, with the same event_id
 * (https://api.slack.com/apis/events-api#retries), so the answer is given once.
 */
export function markEventHandled(db: Database, eventId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.run('DELETE FROM handled_events WHERE platform = ? AND handled_at < ?', ['slack', new Date(now.getTime() - HANDLED_EVENT_TTL_MS).toISOString()]);
    const res = await tx.run('INSERT OR IGNORE INTO handled_events (platform, event_id, handled_at) VALUES (?, ?, ?)', ['slack', eventId, now.toISOString()]);
    return res.changes === 1;
  });
}
