import { createHash } from 'node:crypto';
import { z } from 'zod';
import { stripControlCharacters, toOneLine } from '../core/text/strip-control-characters.js';
import type { Database } from './database.js';

/** A msg-id (RFC 5322 §3.6.4) as threading headers carry it; anything else is left out. */
const MSG_ID = /^<[^<>\s]{1,900}>$/;
/** References lists the thread's msg-ids (RFC 5322 §3.6.4), within one header line (998 octets) */
const MSG_ID_LIST = /^<[^<>\s]{1,900}>(?: <[^<>\s]{1,900}>)*$/;
const THREADING: Record<string, RegExp> = { 'in-reply-to': MSG_ID, references: MSG_ID_LIST };

/** Header values on one line, threading headers only when they hold well-formed msg-ids. */
function cleanHeaders(headers: Record<string, string>): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const v = toOneLine(value);
    const threading = THREADING[name.toLowerCase()];
    if (threading && (v.length > 990 || !threading.test(v))) continue;
    if (/^[\x21-\x39\x3B-\x7E]+$/.test(name) && v !== '') clean[name] = v;
  }
  return clean;
}

export const OutgoingMailSchema = z.object({
  /** one mail per key, ever: "ack:<contributionId>", "outcome:<draftId>", "reply-ack:<replyId>" */
  dedupeKey: z.string().min(1),
  kind: z.enum(['acknowledgement', 'outcome', 'reply-acknowledgement']),
  /** the contribution the mail is about: a reply to the mail belongs to it */
  contributionId: z.number().int().positive().nullable().default(null),
  /** one bare address: no display name, list or line break */
  to: z.string().regex(/^[^\s,;<>"]+@[^\s,;<>"@]+$/u, 'the recipient must be one bare e-mail address'),
  // what reaches the outbox never carries a line break into a header, nor a control character
  subject: z.string().transform(toOneLine).pipe(z.string().min(1)),
  body: z.string().transform(stripControlCharacters).pipe(z.string().min(1)),
  headers: z.record(z.string(), z.string()).default({}).transform(cleanHeaders),
});
export type OutgoingMail = z.input<typeof OutgoingMailSchema>;

/**
 * What an outbox mail's Message-ID is made of (the sender adds the domain): the same for every
 * send of the mail, and what a reply's In-Reply-To or References names.
 */
export function outboxMessageKey(dedupeKey: string): string {
  return createHash('sha256').update(dedupeKey).digest('hex').slice(0, 32);
}

/**
 * Adds mail to the outbox, with one statement whatever their number; the sender delivers each with
 * retries. Idempotent on dedupeKey. Call it inside the transaction that commits what the mail
 * reports, so both happen or neither. Returns, in the order given, whether each mail was queued
 * (false when a mail with the same key was queued before).
 */
export async function enqueueMails(db: Database, mails: readonly OutgoingMail[], now: Date): Promise<boolean[]> {
  if (mails.length === 0) return [];
  const at = now.toISOString();
  const rows = mails.map((mail) => {
    const m = OutgoingMailSchema.parse(mail);
    return { key: m.dedupeKey, kind: m.kind, to: m.to, subject: m.subject, body: m.body, headers: JSON.stringify(m.headers), contributionId: m.contributionId, messageKey: outboxMessageKey(m.dedupeKey) };
  });
  const queued = await db.allPrepared<{ dedupe_key: string }>(
    `INSERT OR IGNORE INTO outbox (dedupe_key, kind, to_address, subject, body, headers_json, status, attempts, next_attempt_at, created_at, contribution_id, message_key)
     SELECT value ->> 'key', value ->> 'kind', value ->> 'to', value ->> 'subject', value ->> 'body', value ->> 'headers', 'pending', 0, ?1, ?1, value ->> 'contributionId', value ->> 'messageKey'
     FROM json_each(?2) ORDER BY key
     RETURNING dedupe_key`,
    [at, JSON.stringify(rows)],
  );
  const keys = new Set(queued.map((q) => q.dedupe_key));
  // a key given twice is queued once: its first mail
  return rows.map((r, i) => keys.has(r.key) && rows.findIndex((o) => o.key === r.key) === i);
}

/** enqueueMails for one mail: false when a mail with the same key was already queued. */
export async function enqueueMail(db: Database, mail: OutgoingMail, now: Date): Promise<boolean> {
  return (await enqueueMails(db, [mail], now))[0]!;
}
