import { z } from 'zod';
import type { Database } from './database.js';

const QueuedMailRowSchema = z.object({
  id: z.number().int(),
  dedupe_key: z.string(),
  to_address: z.string(),
  subject: z.string(),
  body: z.string(),
  headers_json: z.string(),
  attempts: z.number().int(),
});

export interface QueuedMail {
  id: number;
  dedupeKey: string;
  to: string;
  subject: string;
  body: string;
  headers: Record<string, string>;
  attempts: number;
}

/** Pending mail whose next attempt is due, oldest first. */
export async function listDueMail(db: Database, now: Date, limit: number): Promise<QueuedMail[]> {
  const rows = await db.all(
    `SELECT id, dedupe_key, to_address, subject, body, headers_json, attempts FROM outbox
     WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
    [now.toISOString(), limit],
  );
  return rows.map((raw) => {
    const r = QueuedMailRowSchema.parse(raw);
    const headers = z.record(z.string(), z.string()).parse(JSON.parse(r.headers_json));
    return { id: r.id, dedupeKey: r.dedupe_key, to: r.to_address, subject: r.subject, body: r.body, headers, attempts: r.attempts };
  });
}

export async function markMailSent(db: Database, id: number, now: Date): Promise<void> {
  await db.transaction((tx) =>
    tx.run(`UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL WHERE id = ?`, [now.toISOString(), id]),
  );
}

/** One failed attempt: retried at nextAttemptAt, or given up ('failed', still listed) when nextAttemptAt is null. */
export async function markMailAttemptFailed(db: Database, id: number, error: string, nextAttemptAt: Date | null): Promise<void> {
  await db.transaction((tx) =>
    nextAttemptAt
      ? tx.run('UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?', [error, nextAttemptAt.toISOString(), id])
      : tx.run(`UPDATE outbox SET attempts = attempts + 1, last_error = ?, status = 'failed' WHERE id = ?`, [error, id]),
  );
}
