import type { Database } from '../../store/database.js';

/**
 * Records a Slack event id; false when it was already handled. Slack redelivers an event (with
 * X-Slack-Retry-Num) when the first delivery was not acknowledged in 3 s, with the same event_id
 * (https://api.slack.com/apis/events-api#retries), so the answer is given once.
 */
export function markEventHandled(db: Database, eventId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const res = await tx.run('INSERT OR IGNORE INTO handled_events (platform, event_id, handled_at) VALUES (?, ?, ?)', ['slack', eventId, now.toISOString()]);
    return res.changes === 1;
  });
}
