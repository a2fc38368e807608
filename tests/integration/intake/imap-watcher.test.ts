import fs from 'node:fs';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestDeps, ParseEmail } from '../../../src/intake/ingest/ingest-deps.js';
import { recoverStoredMessages } from '../../../src/intake/ingest/recover-stored-messages.js';
import { startImapWatcher, type ImapSettings, type ImapWatcher } from '../../../src/intake/mailbox/start-imap-watcher.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { readImapCheckpoint, writeImapCheckpoint } from '../../../src/store/imap-checkpoint.js';
import { startDovecot, type Dovecot } from '../../helpers/dovecot.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { openHarness, type Harness } from './ingest-harness.js';

const OUT_OF_OFFICE = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/mail/corpus/D05-out-of-office.eml'));

let h: Harness;
let dovecot: Dovecot;
let mail: ImapFlow;
const watchers: ImapWatcher[] = [];

beforeEach(async () => {
  h = await openHarness();
  dovecot = await startDovecot();
  mail = new ImapFlow({ ...dovecot.imap, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
  await mail.connect();
});
afterEach(async () => {
  for (const w of watchers.splice(0)) await w.stop();
  await mail.logout().catch(() => undefined);
  await dovecot.destroy();
  await h.close();
});

function settings(overrides: Partial<ImapSettings> = {}): ImapSettings {
  return { ...dovecot.imap, mailbox: 'INBOX', processedMailbox: 'Processed', pollMs: 60_000, autoIdleDelayMs: 200, reconnectBaseMs: 100, reconnectMaxMs: 500, ...overrides };
}

function watch(s: ImapSettings, deps: IngestDeps): ImapWatcher {
  const w = startImapWatcher(s, deps);
  watchers.push(w);
  return w;
}

async function waitFor(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const count = (box: string) => mail.status(box, { messages: true }).then((s) => (s ? (s.messages ?? -1) : -1));
const contributions = () => h.count('SELECT count(*) n FROM contributions');
const realParse: ParseEmail = parseEmail;

describe('IMAP watcher against a real Dovecot', () => {
  it('processes the backlog on start, then moves each message to the processed folder', async () => {
    await mail.append('INBOX', buildMail({ messageId: '<a@x>' }));
    await mail.append('INBOX', buildMail({ messageId: '<b@x>', from: 'Grace Hopper <grace@example.test>' }));
    await mail.append('INBOX', OUT_OF_OFFICE);
    await watch(settings(), h.deps(realParse)).ready;
    expect(await contributions()).toBe(3);
    expect(await h.count(`SELECT count(*) n FROM contributions WHERE kind = 'auto-reply'`)).toBe(1);
    expect(await h.count('SELECT count(*) n FROM drafts')).toBe(2);
    expect(await h.count('SELECT count(*) n FROM outbox')).toBe(2);
    expect(await count('INBOX')).toBe(0);
    expect(await count('Processed')).toBe(3);
    expect((await readImapCheckpoint(h.store.db, 'INBOX'))?.lastUid).toBe(3);
    expect(h.logs.join('')).not.toMatch(/ada@example\.test|grace@example\.test|ciso@ministry/);
  });

  it('keeps going when the processed folder refuses the move, leaving messages flagged and checkpointed', async () => {
    await mail.append('INBOX', buildMail());
    await watch(settings({ processedMailbox: 'No/Such/Folder/\u0000' }), h.deps(realParse)).ready;
    expect(await contributions()).toBe(1);
    expect(await mail.status('INBOX', { messages: true, unseen: true })).toMatchObject({ messages: 1, unseen: 0 });
    expect((await readImapCheckpoint(h.store.db, 'INBOX'))?.lastUid).toBe(1);
    expect(h.logs.join('')).toContain('check IMAP_PROCESSED_MAILBOX');
  });

  it('flags messages \\Seen in place when no processed folder is set, and does not take them again after a restart', async () => {
    await mail.append('INBOX', buildMail());
    await watch(settings({ processedMailbox: null }), h.deps(realParse)).ready;
    const seen = await mail.status('INBOX', { messages: true, unseen: true });
    expect(seen).toMatchObject({ messages: 1, unseen: 0 });
    await watchers.pop()!.stop();
    await watch(settings({ processedMailbox: null }), h.deps(realParse)).ready;
    expect(await h.count('SELECT count(*) n FROM raw_messages')).toBe(1);
  });

  it('takes a message delivered while it idles', async () => {
    await watch(settings(), h.deps(realParse)).ready;
    await new Promise((r) => setTimeout(r, 400)); // let auto-IDLE start
    await mail.append('INBOX', buildMail());
    await waitFor('the IDLE delivery', async () => (await contributions()) === 1);
    await waitFor('the move', async () => (await count('Processed')) === 1);
  });

  it('counts the same message appended twice once', async () => {
    const raw = buildMail({ messageId: '<twice@x>' });
    await mail.append('INBOX', raw);
    await mail.append('INBOX', raw);
    await watch(settings(), h.deps(realParse)).ready;
    expect(await contributions()).toBe(1);
    expect(await h.count('SELECT count(*) n FROM outbox')).toBe(1);
    expect(await count('Processed')).toBe(2);
  });

  it('reconnects after the IMAP server restarts', async () => {
    await watch(settings(), h.deps(realParse)).ready;
    await dovecot.restart();
    await mail.logout().catch(() => undefined);
    mail = new ImapFlow({ ...dovecot.imap, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    await mail.connect();
    await mail.append('INBOX', buildMail());
    await waitFor('the message after the restart', async () => (await contributions()) === 1);
    expect(h.logs.filter((l) => l.includes('IMAP connected'))).toHaveLength(2);
  });

  it('finishes a message whose processing crashed, exactly once, after a restart', async () => {
    await mail.append('INBOX', buildMail({ messageId: '<crash@x>' }));
    const crashing: ParseEmail = async () => {
      throw new Error('process killed in the middle of the message');
    };
    await watch(settings(), h.deps(crashing)).ready;
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'stored'`)).toBe(1);
    expect(await count('INBOX')).toBe(1); // not moved: nothing was committed
    expect((await readImapCheckpoint(h.store.db, 'INBOX'))?.lastUid).toBe(0);
    await watchers.pop()!.stop();

    // the restart: stored messages first, then the backlog (which fetches the same bytes again)
    await recoverStoredMessages(h.deps(realParse));
    await watch(settings(), h.deps(realParse)).ready;
    expect(await contributions()).toBe(1);
    expect(await h.count('SELECT count(*) n FROM outbox')).toBe(1);
    expect(await count('Processed')).toBe(1);
  });

  it('starts over when UIDVALIDITY changes, without processing anything twice', async () => {
    await mail.append('INBOX', buildMail());
    await watch(settings({ processedMailbox: null }), h.deps(realParse)).ready;
    await watchers.pop()!.stop();
    await writeImapCheckpoint(h.store.db, 'INBOX', { uidValidity: '1', lastUid: 999 }, new Date());
    await mail.append('INBOX', buildMail());
    await watch(settings({ processedMailbox: null }), h.deps(realParse)).ready;
    expect(await contributions()).toBe(2);
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'processed'`)).toBe(2);
    expect((await readImapCheckpoint(h.store.db, 'INBOX'))?.lastUid).toBe(2);
    expect(h.logs.join('')).toContain('UIDVALIDITY changed');
  });

  it('takes every hostile fixture without stopping: each ends processed, failed or duplicate, none acknowledged unless a contribution', async () => {
    const dir = 'tests/fixtures/mail';
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml'));
    for (const f of files) await mail.append('INBOX', fs.readFileSync(`${dir}/${f}`));
    await watch(settings(), h.deps(realParse)).ready;
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status IN ('processed', 'failed', 'duplicate')`)).toBe(files.length);
    expect(await count('INBOX')).toBe(0);
    expect(await h.count(`SELECT count(*) n FROM outbox o JOIN contributions c ON o.dedupe_key = 'ack:' || c.id WHERE c.kind <> 'contribution'`)).toBe(0);
    expect(await h.count(`SELECT count(*) n FROM contributions WHERE kind IN ('bounce', 'auto-reply')`)).toBeGreaterThanOrEqual(2);
  });

  it('stores bad mail with an error, moves it, and goes on with the next message', async () => {
    await mail.append('INBOX', Buffer.from('this is not a mail at all\r\n\r\njust text\r\n'));
    await mail.append('INBOX', Buffer.from('From: a@example.test\r\nSubject: empty\r\nMessage-ID: <e@x>\r\n\r\n'));
    await mail.append('INBOX', buildMail({ headers: { 'Content-Type': 'text/plain; charset=x-unknown-99' } }));
    await mail.append('INBOX', buildMail({ body: 'x'.repeat(120_000) }));
    await mail.append('INBOX', buildMail());
    await watch(settings(), h.deps(realParse, { maxMessageBytes: 100_000 })).ready;
    const failed = await h.store.db.all<{ error_code: string }>(`SELECT error_code FROM raw_messages WHERE status = 'failed' ORDER BY id`);
    expect(failed.map((r) => r.error_code)).toEqual(['MALFORMED_MIME', 'EMPTY_MESSAGE', 'MESSAGE_TOO_LARGE']);
    // the unknown charset is read around by the parser: a contribution, with the warning stored
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'processed' AND error_code = 'unknown-charset'`)).toBe(1);
    expect(await contributions()).toBe(2);
    expect(await count('Processed')).toBe(2);
    expect(await count('Failed')).toBe(3); // created by the watcher: Dovecot has no such folder
  });

  it('retries a message whose processing fails, then moves it to the failed mailbox after the last error', async () => {
    await mail.append('INBOX', buildMail({ messageId: '<poison@x>' }));
    await mail.append('INBOX', buildMail({ messageId: '<fine@x>', from: 'grace@example.test' }));
    const parse: ParseEmail = async (raw, ctx) => {
      if (raw.includes('<poison@x>')) throw new Error('parser crash on this message');
      return realParse(raw, ctx);
    };
    await watch(settings({ pollMs: 200, failedMailbox: 'Gave up' }), h.deps(parse)).ready;
    await waitFor('the poison message given up', async () => (await count('Gave up')) === 1);
    const row = await h.store.db.get<{ status: string; error_code: string; attempts: number; processing_errors: number }>(
      `SELECT status, error_code, attempts, processing_errors FROM raw_messages WHERE message_id = '<poison@x>'`,
    );
    expect(row).toEqual({ status: 'failed', error_code: 'PROCESSING_FAILED', attempts: 3, processing_errors: 3 });
    await waitFor('the other message', async () => (await count('Processed')) === 1);
    expect(await count('INBOX')).toBe(0);
    expect(await contributions()).toBe(1);
  });
});
