import { z } from 'zod';
import type { Database } from './database.js';

export const OutgoingMailSchema = z.object({
  /** one mail per key, ever: "ack:<contributionId>", "outcome:<draftId>:<status>" */
  dedupeKey: z.string().min(1),
  kind: z.enum(['acknowledgement', 'outcome']),
  to: z.string().min(3),
  subject: z.string().min(1),
  body: z.string().min(1),
  headers: z.record(z.string(), z.string()).default({}),
});
export type OutgoingMail = z.input<typeof OutgoingMailSchema>;

/**
 * Adds a mail to the outbox; the sender delivers it with retries. Idempotent on dedupeKey.
 * Call it inside the transaction that commits what the mail reports, so both happen or neither.
 * Returns false when a mail with the same key was already queued.
 */
export async function enqueueMail(db: Database, mail: OutgoingMail, now: Date): Promise<boolean> {
  const m = OutgoingMailSchema.parse(mail);
  const result = await db.run(
    `INSERT OR IGNORE INTO outbox (dedupe_key, kind, to_address, subject, body, headers_json, status, attempts, next_attempt_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
    [m.dedupeKey, m.kind, m.to, m.subject, m.body, JSON.stringify(m.headers), now.toISOString(), now.toISOString()],
  );
  return result.changes === 1;
}
