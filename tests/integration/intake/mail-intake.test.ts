import fs from 'node:fs';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMailIntake, type MailIntake } from '../../../src/intake/mailbox/start-mail-intake.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { startDovecot, type Dovecot } from '../../helpers/dovecot.js';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { captureLogger, openHarness, type Harness } from './ingest-harness.js';

let h: Harness;
let sink: SmtpSink;
let intake: MailIntake | null = null;

beforeEach(async () => {
  h = await openHarness();
  sink = await startSmtpSink();
});
afterEach(async () => {
  await intake?.stop();
  intake = null;
  await sink.stop();
  await h.close();
});

async function waitFor(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

const smtp = () => ({ host: '127.0.0.1', port: sink.port, secure: false, auth: null, from: 'normbot@bpf.example' });

describe('mail intake, end to end', () => {
  let dovecot: Dovecot;
  beforeEach(async () => {
    dovecot = await startDovecot();
  });
  afterEach(async () => {
    await intake?.stop();
    intake = null;
    await dovecot.destroy();
  });

  it('turns a contribution in the IMAP mailbox into drafts and an acknowledgement delivered by SMTP', async () => {
    const client = new ImapFlow({ ...dovecot.imap, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    await client.connect();
    await client.append('INBOX', buildMail({ messageId: '<e2e@x>' }));
    await client.append('INBOX', fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/mail/corpus/D05-out-of-office.eml')));
    await client.logout();
    const config = { imap: { ...dovecot.imap, mailbox: 'INBOX', processedMailbox: 'Processed' }, smtp: smtp(), inboxDir: path.join(h.dir, 'inbox') };
    intake = await startMailIntake({ config, store: h.store, parse: parseEmail, logger: captureLogger(h.logs) });
    await waitFor(() => sink.received.length === 1);
    expect(sink.received[0]!.headers.get('in-reply-to')).toBe('<e2e@x>');
    expect(sink.received[0]!.headers.get('auto-submitted')).toBe('auto-replied');
    expect(await h.count('SELECT count(*) n FROM drafts')).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.received).toHaveLength(1); // none to the out-of-office reply
  });

  it('acknowledges by SMTP only the sender the receiving server authenticated, never a spoofed From or its display name', async () => {
    const client = new ImapFlow({ ...dovecot.imap, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    await client.connect();
    const authenticated = { 'Authentication-Results': 'mx.bpf.example; spf=pass smtp.mailfrom=example.org; dmarc=pass header.from=example.org' };
    await client.append('INBOX', buildMail({ messageId: '<real@x>', from: '"victim@target.example" <ada@example.org>', headers: authenticated }));
    // a spoofed From, with a pass stamped by a server that is not ours and an "E-mail:" line in the body
    const forged = { 'Authentication-Results': 'mx.evil.example; dmarc=pass header.from=target.example' };
    const body = 'Name of the agreement: Paris Call\n\nAbout you\nName: Victim\nE-mail: victim@target.example\n';
    await client.append('INBOX', buildMail({ messageId: '<spoof@x>', from: 'Victim <victim@target.example>', headers: forged, body }));
    await client.logout();
    const config = { imap: { ...dovecot.imap, mailbox: 'INBOX', processedMailbox: 'Processed' }, smtp: smtp(), inboxDir: path.join(h.dir, 'inbox') };
    intake = await startMailIntake({ config, store: h.store, parse: parseEmail, logger: captureLogger(h.logs), acknowledgements: { authservId: 'mx.bpf.example', maxPerSenderPerDay: 1, maxPerHour: 30 } });
    await waitFor(async () => (await h.count('SELECT count(*) n FROM contributions')) === 2);
    await waitFor(() => sink.received.length === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.received.map((m) => m.to)).toEqual([['ada@example.org']]);
    expect(sink.received[0]!.headers.get('in-reply-to')).toBe('<real@x>');
    expect(await h.count(`SELECT count(*) n FROM contributions WHERE ack_status = 'withheld' AND ack_reason = 'unauthenticated-sender'`)).toBe(1);
    expect(await h.count('SELECT count(*) n FROM drafts')).toBe(2);
  });
});

describe('mail intake without IMAP', () => {
  it('watches the local inbox folder and queues acknowledgements until the SMTP server answers', async () => {
    const inboxDir = path.join(h.dir, 'inbox');
    fs.mkdirSync(inboxDir);
    await sink.stop();
    intake = await startMailIntake({ config: { imap: null, smtp: smtp(), inboxDir }, store: h.store, parse: parseEmail, logger: captureLogger(h.logs) });
    expect(intake.source).toBe('folder');
    fs.writeFileSync(path.join(inboxDir, 'a.eml'), buildMail());
    await waitFor(() => fs.existsSync(path.join(inboxDir, 'processed', 'a.eml')));
    await waitFor(async () => (await h.count(`SELECT count(*) n FROM outbox WHERE attempts >= 1 AND status = 'pending'`)) === 1);
    await sink.start();
    // the next attempt is due 30 s later by default: move it to now, as time passing would
    await h.store.db.run(`UPDATE outbox SET next_attempt_at = ?`, [new Date().toISOString()]);
    await waitFor(() => sink.received.length === 1, 20_000);
    // the sink has the mail as soon as the server reads it; the sender records 'sent' after the server's reply
    await waitFor(async () => (await h.count(`SELECT count(*) n FROM outbox WHERE status = 'sent'`)) === 1);
    expect(await h.count(`SELECT count(*) n FROM outbox WHERE status = 'sent'`)).toBe(1);
  });
});
