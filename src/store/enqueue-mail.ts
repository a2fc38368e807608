import { z } from 'zod';
import { stripControlCharacters, toOneLine } from '../core/text/strip-control-characters.js';
import type { Database } from './database.js';

/** A msg-id (RFC 5322 §3.6.4) as threading headers carry it; anything else is left out. */
const MSG_ID = /^<[^<>\s]{1,900}>$/;
const THREADING = new Set(['in-reply-to', 'references']);

/** Header values on one line, threading headers only when they hold a well-formed msg-id. */
function cleanHeaders(headers: Record<string, string>): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const v = toOneLine(value);
    if (THREADING.has(name.toLowerCase()) && !MSG_ID.test(v)) continue;
    if (/^[\x21-\x39\x3B-\x7E]+$/.test(name) && v !== '') clean[name] = v;
  }
  return clean;
}

export const OutgoingMailSchema = z.object({
  /** one mail per key, ever: "ack:<contributionId>", "outcome:<draftId>:<status>" */
  dedupeKey: z.string().min(1),
  kind: z.enum(['acknowledgement', 'outcome']),
  /** one bare address: no display name, list or line break */
  to: z.string().regex(/^[^\s,;<>"]+@[^\s,;<>"@]+$/u, 'the recipient must be one bare e-mail address'),
  // what reaches the outbox never carries a line break into a header, nor a control character
  subject: z.string().transform(toOneLine).pipe(z.string().min(1)),
  body: z.string().transform(stripControlCharacters).pipe(z.string().min(1)),
  headers: z.record(z.string(), z.string()).default({}).transform(cleanHeaders),
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
