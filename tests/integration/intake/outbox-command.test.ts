import path from 'node:path';
import nodemailer from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { sendDueMail } from '../../../src/intake/outbox/send-due-mail.js';
import type { OutboxEntry } from '../../../src/store/outbox-repository.js';
import { captureCliIo } from '../../helpers/capture-cli-io.js';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink.js';
import { aParsedMessage } from '../../unit/intake/ingest/a-parsed-message.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { openHarness, type Harness } from './ingest-harness.js';

let h: Harness;
let sink: SmtpSink;
beforeEach(async () => {
  h = await openHarness();
  sink = await startSmtpSink();
});
afterEach(async () => {
  await sink.stop();
  await h.close();
});

const send = (maxAttempts: number) =>
  sendDueMail({ db: h.store.db, transport: nodemailer.createTransport({ ...sink.transport, connectionTimeout: 2000 }), from: 'normbot@bpf.example', logger: h.deps(async () => aParsedMessage()).logger, now: () => new Date(), maxAttempts });
const contribute = (from: string) => ingestMessage(buildMail({ from }), 'test', h.deps(async () => aParsedMessage()));

async function outbox(...args: string[]) {
  const io = captureCliIo({ env: { COLUMNS: '120' } });
  const code = await runCli(['outbox', ...args, '--db', path.join(h.dir, 'normbot.sqlite')], io);
  return { code, out: io.out(), err: io.err() };
}

describe('normbot outbox', () => {
  beforeEach(async () => {
    await contribute('ada@example.org');
    await send(3); // sent
    await contribute('grace@example.org');
    await contribute('alan@example.org');
    await sink.stop();
    await send(1); // grace: refused once, given up; the pass stops there and alan stays queued
  });

  it('lists each mail with kind, recipient, status, attempts and last error as JSON', async () => {
    const { code, out } = await outbox('--json');
    expect(code).toBe(0);
    const entries = (JSON.parse(out) as OutboxEntry[]).map((e) => ({ kind: e.kind, recipient: e.recipient, status: e.status, attempts: e.attempts, error: e.lastError !== null }));
    expect(entries).toEqual([
      { kind: 'acknowledgement', recipient: 'alan@example.org', status: 'queued', attempts: 0, error: false },
      { kind: 'acknowledgement', recipient: 'grace@example.org', status: 'failed', attempts: 1, error: true },
      { kind: 'acknowledgement', recipient: 'ada@example.org', status: 'sent', attempts: 1, error: false },
    ]);
    expect((JSON.parse(out) as OutboxEntry[])[1]!.lastError).toMatch(/ECONNREFUSED|connect/i);
  });

  it('prints a table for the terminal with every recipient and status', async () => {
    const { code, out } = await outbox();
    expect(code).toBe(0);
    expect(out).toContain('3 mails in the outbox');
    for (const line of [/alan@example\.org\s+queued\s+0/, /grace@example\.org\s+failed\s+1\s+.*(ECONNREFUSED|connect)/i, /ada@example\.org\s+sent\s+1/]) expect(out).toMatch(line);
  });

  it('filters by status', async () => {
    const { out } = await outbox('--status', 'failed', '--json');
    expect((JSON.parse(out) as OutboxEntry[]).map((e) => e.recipient)).toEqual(['grace@example.org']);
  });

  it('refuses an unknown status with the usage', async () => {
    const { code, err } = await outbox('--status', 'lost');
    expect(code).toBe(2);
    expect(err).toMatch(/--status must be queued, sent, failed or all/);
  });
});
