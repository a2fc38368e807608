import type { HandledEvents } from '../core/chat/handled-events.js';
import type { Database } from './database.js';

/** Platforms stop redelivering within the hour; a day of ids is ample and keeps the table small. */
export const HANDLED_EVENT_TTL_MS = 24 * 3600_000;

/** handled_events (migration 3): one row per platform event answered, pruned after a day. */
export function createHandledEvents(db: Database): HandledEvents {
  return {
    firstTime(platform, eventId, now) {
      return db.transaction(async (tx) => {
        await tx.run('DELETE FROM handled_events WHERE platform = ? AND handled_at < ?', [platform, new Date(now.getTime() - HANDLED_EVENT_TTL_MS).toISOString()]);
        const res = await tx.run('INSERT OR IGNORE INTO handled_events (platform, event_id, handled_at) VALUES (?, ?, ?)', [platform, eventId, now.toISOString()]);
        return res.changes === 1;
      });
    },
  };
}
