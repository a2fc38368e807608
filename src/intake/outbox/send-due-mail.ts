import type { Logger } from 'pino';
import type { Database } from '../../store/database.js';
import { outboxMessageKey } from '../../store/enqueue-mail.js';
import { listDueMail, markMailAttemptFailed, markMailSent } from '../../store/outbox-repository.js';
import { redactEmails } from '../../core/moderation/redact-emails.js';
import { computeBackoff } from './compute-backoff.js';

/** The part of a nodemailer transport the sender uses. */
export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string; headers: Record<string, string>; messageId: string }): Promise<unknown>;
}

export interface OutboxDeps {
  db: Database;
  transport: MailTransport;
  /** SMTP_FROM */
  from: string;
  logger: Logger;
  now: () => Date;
  /** attempts before a mail is marked 'failed' (it stays in the outbox, visible) */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  batchSize?: number;
}

const OUTBOX_DEFAULTS = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 60 * 60_000, batchSize: 20 } as const;

/**
 * One pass over the outbox: sends every pending mail that is due. A failure is recorded with a
 * backoff; nothing is dropped. Stops the pass at the first failure when the server seems down.
 */
export async function sendDueMail(deps: OutboxDeps): Promise<{ sent: number; failed: number }> {
  const o = {
    maxAttempts: deps.maxAttempts ?? OUTBOX_DEFAULTS.maxAttempts,
    baseDelayMs: deps.baseDelayMs ?? OUTBOX_DEFAULTS.baseDelayMs,
    maxDelayMs: deps.maxDelayMs ?? OUTBOX_DEFAULTS.maxDelayMs,
    batchSize: deps.batchSize ?? OUTBOX_DEFAULTS.batchSize,
  };
  const log = deps.logger;
  let sent = 0;
  let failed = 0;
  for (const mail of await listDueMail(deps.db, deps.now(), o.batchSize)) {
    try {
      await deps.transport.sendMail({ from: deps.from, to: mail.to, subject: mail.subject, text: mail.body, headers: mail.headers, messageId: outboxMessageId(mail.dedupeKey, deps.from) });
      await markMailSent(deps.db, mail.id, deps.now());
      log.info({ outboxId: mail.id, dedupeKey: mail.dedupeKey }, 'mail sent');
      sent++;
    } catch (error) {
      const failures = mail.attempts + 1;
      // SMTP refusals quote the recipient: keep addresses out of the outbox row and the logs
      const message = redactEmails(error instanceof Error ? error.message : String(error)).slice(0, 500);
      const next = failures >= o.maxAttempts ? null : new Date(deps.now().getTime() + computeBackoff(failures, o.baseDelayMs, o.maxDelayMs));
      await markMailAttemptFailed(deps.db, mail.id, message, next);
      log.warn({ outboxId: mail.id, dedupeKey: mail.dedupeKey, attempts: failures, nextAttemptAt: next?.toISOString() ?? null, err: message }, next ? 'mail not sent; will retry' : 'mail not sent; gave up');
      failed++;
      // connection-level errors hit every mail alike: wait for the backoff instead of trying them all
      const code = (error as { code?: unknown }).code;
      if (code === 'ECONNECTION' || code === 'ESOCKET' || code === 'ETIMEDOUT' || code === 'EDNS') break;
    }
  }
  return { sent, failed };
}

/**
 * The same Message-ID every time a given outbox mail is sent: a crash between the SMTP send and
 * marking it sent resends it, and the copies then carry one Message-ID that mail clients and
 * archives recognise as the same message.
 */
export function outboxMessageId(dedupeKey: string, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'normbot.invalid';
  return `<${outboxMessageKey(dedupeKey)}.normbot@${domain}>`;
}
