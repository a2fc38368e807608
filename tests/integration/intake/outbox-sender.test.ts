import nodemailer from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { sendDueMail, type OutboxDeps } from '../../../src/intake/outbox/send-due-mail.js';
import { startOutboxSender } from '../../../src/intake/outbox/start-outbox-sender.js';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink.js';
import { aParsedMessage } from '../../unit/intake/ingest/a-parsed-message.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { openHarness, type Harness } from './ingest-harness.js';

let h: Harness;
let sink: SmtpSink;
let clock: Date;

beforeEach(async () => {
  h = await openHarness();
  sink = await startSmtpSink();
  clock = new Date('2026-01-01T10:00:00Z');
});
afterEach(async () => {
  await sink.stop();
  await h.close();
});

function outboxDeps(overrides: Partial<OutboxDeps> = {}): OutboxDeps {
  return {
    db: h.store.db,
    transport: nodemailer.createTransport({ ...sink.transport, connectionTimeout: 2000 }),
    from: 'normbot <normbot@bpf.example>',
    logger: h.deps(async () => aParsedMessage()).logger,
    now: () => clock,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    maxAttempts: 3,
    ...overrides,
  };
}

async function ingestContribution(messageId = '<c-1@example.test>', from?: string): Promise<void> {
  await ingestMessage(buildMail({ messageId, ...(from ? { from } : {}) }), 'test', h.deps(async () => aParsedMessage({ messageId }), { now: () => clock }));
}

describe('outbox sender', () => {
  it('delivers the acknowledgement with Auto-Submitted and threading headers, from SMTP_FROM', async () => {
    await ingestContribution();
    expect(await sendDueMail(outboxDeps())).toEqual({ sent: 1, failed: 0 });
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0]!;
    expect(mail.to).toEqual(['ada@example.test']);
    expect(mail.from).toBe('normbot@bpf.example');
    expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(mail.headers.get('in-reply-to')).toBe('<c-1@example.test>');
    expect(mail.text).toContain('looks like: Paris Call');
    expect(await h.count(`SELECT count(*) n FROM outbox WHERE status = 'sent' AND sent_at IS NOT NULL`)).toBe(1);
  });

  it('gives a mail the same Message-ID when a crash makes it go out twice', async () => {
    await ingestContribution();
    await sendDueMail(outboxDeps());
    // a crash between the SMTP send and marking it sent: the row is still pending on restart
    await h.store.db.transaction((tx) => tx.run(`UPDATE outbox SET status = 'pending', sent_at = NULL`));
    await sendDueMail(outboxDeps());
    expect(sink.received).toHaveLength(2);
    const [first, second] = sink.received.map((m) => m.headers.get('message-id'));
    expect(first).toMatch(/^<[0-9a-f]{32}\.normbot@bpf\.example>$/);
    expect(second).toBe(first);
  });

  it('sends each mail once, however often it runs', async () => {
    await ingestContribution();
    await sendDueMail(outboxDeps());
    await sendDueMail(outboxDeps());
    expect(sink.received).toHaveLength(1);
  });

  it('keeps acknowledgements pending during an SMTP outage and sends them when the server is back', async () => {
    // two senders: one acknowledgement per sender a day
    await ingestContribution('<a@x>', 'Ada <ada@example.test>');
    await ingestContribution('<b@x>', 'Grace <grace@example.test>');
    await sink.stop();
    expect((await sendDueMail(outboxDeps())).failed).toBe(1); // the pass stops at a connection error
    const row = await h.store.db.get<{ status: string; attempts: number; last_error: string; next_attempt_at: string }>('SELECT * FROM outbox ORDER BY id LIMIT 1');
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(row!.next_attempt_at).toBe('2026-01-01T10:00:01.000Z');

    await sink.start();
    expect((await sendDueMail(outboxDeps())).sent).toBe(1); // only the one whose time has come
    clock = new Date('2026-01-01T10:00:02Z');
    expect((await sendDueMail(outboxDeps())).sent).toBe(1);
    expect(sink.received.map((m) => m.headers.get('in-reply-to')).sort()).toEqual(['<a@x>', '<b@x>']);
  });

  it('backs off exponentially and marks a mail failed after the last attempt, keeping the error', async () => {
    await ingestContribution();
    await sink.stop();
    const due: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendDueMail(outboxDeps());
      const row = await h.store.db.get<{ next_attempt_at: string; status: string }>('SELECT * FROM outbox');
      due.push(row!.next_attempt_at);
      clock = new Date(row!.next_attempt_at);
    }
    expect(due.slice(0, 2)).toEqual(['2026-01-01T10:00:01.000Z', '2026-01-01T10:00:03.000Z']);
    const row = await h.store.db.get<{ status: string; attempts: number; last_error: string }>('SELECT * FROM outbox');
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row!.last_error.length).toBeGreaterThan(0);
  });

  it('runs as a loop that sends new mail and stops cleanly', async () => {
    const sender = startOutboxSender(outboxDeps({ now: () => new Date() }), 50);
    await ingestMessage(buildMail(), 'test', h.deps(async () => aParsedMessage()));
    for (let i = 0; i < 100 && sink.received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await sender.stop();
    expect(sink.received).toHaveLength(1);
  });
});
