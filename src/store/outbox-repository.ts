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

/**
 * What the acknowledgement limits are checked against, in one statement for several senders:
 * per recipient (compared without case, as the outbox_recipient index), the mail of `kind` queued
 * to it since `daySince`, in the order given; and every acknowledgement of either kind queued
 * since `hourSince`.
 */
export async function countRecentAcknowledgements(
  db: Database,
  recipients: readonly string[],
  kind: string,
  since: { daySince: Date; hourSince: Date },
): Promise<{ perRecipient: number[]; lastHour: number }> {
  if (recipients.length === 0) return { perRecipient: [], lastHour: 0 };
  const rows = await db.allPrepared<{ day: number; hour: number }>(
    `SELECT (SELECT count(*) FROM outbox WHERE kind = ?1 AND to_address = r.value COLLATE NOCASE AND created_at > ?2) AS day,
            (SELECT count(*) FROM outbox WHERE kind IN ('acknowledgement', 'reply-acknowledgement') AND created_at > ?3) AS hour
     FROM json_each(?4) AS r ORDER BY r.key`,
    [kind, since.daySince.toISOString(), since.hourSince.toISOString(), JSON.stringify(recipients)],
  );
  return { perRecipient: rows.map((r) => r.day), lastHour: rows[0]?.hour ?? 0 };
}

export const OutboxStatusSchema = z.enum(['queued', 'sent', 'failed']);
export type OutboxStatus = z.infer<typeof OutboxStatusSchema>;

/** One outbox mail as operators see it (`normbot outbox`): the recipient included, the body not. */
export interface OutboxEntry {
  id: number;
  kind: string;
  recipient: string;
  subject: string;
  /** 'pending' in the table: queued, waiting for its (next) attempt */
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  /** when the next attempt is due; null once sent or given up */
  nextAttemptAt: string | null;
}

const OutboxListRowSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  to_address: z.string(),
  subject: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  last_error: z.string().nullable(),
  created_at: z.string(),
  sent_at: z.string().nullable(),
  next_attempt_at: z.string(),
});

/** The outbox, newest first, optionally of one status. */
export async function listOutbox(db: Database, filter: { status?: OutboxStatus; limit: number }): Promise<OutboxEntry[]> {
  const status = filter.status === 'queued' ? 'pending' : filter.status;
  const rows = await db.all(
    `SELECT id, kind, to_address, subject, status, attempts, last_error, created_at, sent_at, next_attempt_at FROM outbox
     ${status ? 'WHERE status = ?' : ''} ORDER BY id DESC LIMIT ?`,
    status ? [status, filter.limit] : [filter.limit],
  );
  return rows.map((raw) => {
    const r = OutboxListRowSchema.parse(raw);
    return {
      id: r.id,
      kind: r.kind,
      recipient: r.to_address,
      subject: r.subject,
      status: r.status === 'pending' ? 'queued' : r.status,
      attempts: r.attempts,
      lastError: r.last_error,
      createdAt: r.created_at,
      sentAt: r.sent_at,
      nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
    };
  });
}
