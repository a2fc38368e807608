import { ImapFlow } from 'imapflow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestDeps, IngestOutcome, ParseEmail } from '../../../src/intake/ingest/ingest-deps.js';
import { ingestMessages } from '../../../src/intake/ingest/ingest-message.js';
import { recoverStoredMessages } from '../../../src/intake/ingest/recover-stored-messages.js';
import { startImapWatcher } from '../../../src/intake/mailbox/start-imap-watcher.js';
import { readImapCheckpoint } from '../../../src/store/imap-checkpoint.js';
import { startDovecot } from '../../helpers/dovecot.js';
import { aParsedMessage, anAgreement } from '../../unit/intake/ingest/a-parsed-message.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { openHarness, type Harness } from './ingest-harness.js';

/**
 * A commit group (the messages of a batch committed together, one statement per table for all of
 * them) must keep every message whole: its own contribution, drafts and acknowledgement, once.
 */
let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
});

/** Message i of a group: from sender i, proposing the agreements "Accord i-A" and "Accord i-B". */
const mailOf = (i: number) => buildMail({ messageId: `<group-${i}@x>`, from: `Sender ${i} <s${i}@example.test>`, subject: `Contribution ${i}` });
/** reads the sender and its message number from the mail, as a parser would, and names its two agreements after it */
const parseByMessage: ParseEmail = async (raw) => {
  const i = /<group-(\d+)@x>/.exec(raw.toString())![1];
  const agreement = (suffix: string) => anAgreement({ name: `Accord ${i}-${suffix}`, catalogMatch: null });
  return aParsedMessage({ messageId: `<group-${i}@x>`, subject: `Contribution ${i}`, agreements: [agreement('A'), agreement('B')] });
};

async function ingest(raws: Buffer[], deps: IngestDeps = h.deps(parseByMessage)): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  await ingestMessages(raws.map((raw, i) => ({ raw, origin: `test:${i}` })), deps, (o, i) => (outcomes[i] = o));
  return outcomes;
}

/** Per message number: its contribution, its drafts' names by position, and the acknowledgement mailed to its sender. */
async function whatEachSenderGot(): Promise<Map<string, { contributionId: number; drafts: Array<{ id: number; name: string }>; mails: string[] }>> {
  const rows = await h.store.db.all<{ message_id: string; contribution_id: number }>(
    'SELECT r.message_id, c.id AS contribution_id FROM contributions c JOIN raw_messages r ON r.id = c.raw_message_id ORDER BY c.id',
  );
  const got = new Map<string, { contributionId: number; drafts: Array<{ id: number; name: string }>; mails: string[] }>();
  for (const r of rows) {
    const i = /<group-(\d+)@x>/.exec(r.message_id)![1]!;
    const drafts = await h.store.db.all<{ id: number; fields_json: string }>('SELECT id, fields_json FROM drafts WHERE contribution_id = ? ORDER BY idx', [r.contribution_id]);
    const mails = await h.store.db.all<{ body: string }>('SELECT body FROM outbox WHERE to_address = ? ORDER BY id', [`s${i}@example.test`]);
    got.set(i, { contributionId: r.contribution_id, drafts: drafts.map((d) => ({ id: d.id, name: (JSON.parse(d.fields_json) as { name: string }).name })), mails: mails.map((m) => m.body) });
  }
  return got;
}

/** Each message of `numbers` is in the store once, with its own two drafts (each with version 1), acknowledged to its own sender with those drafts. */
async function expectEachCommittedOnce(numbers: number[]): Promise<void> {
  const got = await whatEachSenderGot();
  expect([...got.keys()].sort()).toEqual(numbers.map(String).sort());
  for (const i of numbers) {
    const { contributionId, drafts, mails } = got.get(String(i))!;
    expect(drafts.map((d) => d.name)).toEqual([`Accord ${i}-A`, `Accord ${i}-B`]);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`contribution #${contributionId})`);
    expect(mails[0]).toContain(`1. Accord ${i}-A  (draft #${drafts[0]!.id})`);
    expect(mails[0]).toContain(`2. Accord ${i}-B  (draft #${drafts[1]!.id})`);
  }
  expect(await h.count('SELECT count(*) n FROM draft_versions WHERE version = 1')).toBe(numbers.length * 2);
  expect(await h.count('SELECT count(*) n FROM drafts d LEFT JOIN draft_versions v ON v.draft_id = d.id WHERE v.draft_id IS NULL')).toBe(0);
}

describe('a commit group', () => {
  it('gives every message of a full group its own contribution, drafts and acknowledgement listing those drafts', async () => {
    const numbers = Array.from({ length: 10 }, (_, i) => i);
    const outcomes = await ingest(numbers.map(mailOf));
    expect(outcomes.map((o) => o.status)).toEqual(numbers.map(() => 'processed'));
    await expectEachCommittedOnce(numbers);
    // each outcome names the contribution and drafts of its own message
    const got = await whatEachSenderGot();
    outcomes.forEach((o, i) => expect(o).toMatchObject({ contributionId: got.get(String(i))!.contributionId, draftIds: got.get(String(i))!.drafts.map((d) => d.id), acknowledged: true }));
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'processed'`)).toBe(10);
  });

  it('retries alone a message whose drafts fail inside the group, and commits the other nine once', async () => {
    // the database refuses message 4's drafts in the middle of the group's one drafts statement
    await h.store.db.exec(`CREATE TRIGGER fail_accord_4 BEFORE INSERT ON drafts WHEN NEW.fields_json LIKE '%Accord 4-B%' BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const numbers = Array.from({ length: 10 }, (_, i) => i);
    const outcomes = await ingest(numbers.map(mailOf));
    expect(outcomes.map((o) => o.status)).toEqual(numbers.map((i) => (i === 4 ? 'retry' : 'processed')));
    const others = numbers.filter((i) => i !== 4);
    await expectEachCommittedOnce(others);
    // nothing of message 4 is kept, not even its first draft; only it is charged an error
    expect(await h.count(`SELECT count(*) n FROM drafts WHERE fields_json LIKE '%Accord 4-%'`)).toBe(0);
    expect(await h.store.db.all('SELECT message_id, status, processing_errors FROM raw_messages WHERE processing_errors > 0 OR status <> ?', ['processed'])).toEqual([
      { message_id: '<group-4@x>', status: 'stored', processing_errors: 1 },
    ]);

    await h.store.db.exec('DROP TRIGGER fail_accord_4');
    expect((await recoverStoredMessages(h.deps(parseByMessage))).map((o) => o.status)).toEqual(['processed']);
    await expectEachCommittedOnce(numbers);
  });

  it('logs each message as ingested once it is committed, once, and never the message whose commit failed', async () => {
    // message 4 breaks a deferred foreign key: its group passes every statement and fails at COMMIT, then each message commits alone
    await h.store.db.exec(`
      CREATE TABLE t_parent (id INTEGER PRIMARY KEY);
      CREATE TABLE t_child (pid INTEGER REFERENCES t_parent(id) DEFERRABLE INITIALLY DEFERRED);
      CREATE TRIGGER fail_accord_4 AFTER INSERT ON drafts WHEN NEW.fields_json LIKE '%Accord 4-B%' BEGIN INSERT INTO t_child VALUES (999); END;`);
    await ingest(Array.from({ length: 10 }, (_, i) => mailOf(i)));
    const ingested = h.logs.map((l) => JSON.parse(l) as { msg: string; messageId?: string }).filter((l) => l.msg === 'message ingested').map((l) => l.messageId);
    expect(ingested.sort()).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9].map((i) => `<group-${i}@x>`));
  });

  it('counts copies within one group once: the same bytes twice, and the same message resent with other Received: lines', async () => {
    const resent = (i: number) => buildMail({ messageId: `<group-${i}@x>`, from: `Sender ${i} <s${i}@example.test>`, subject: `Contribution ${i}`, headers: { Received: 'from relay.example.test' } });
    const first = (i: number) => buildMail({ messageId: `<group-${i}@x>`, from: `Sender ${i} <s${i}@example.test>`, subject: `Contribution ${i}`, headers: { Received: 'from mx.example.test' } });
    const a = first(0);
    const outcomes = await ingest([a, first(1), a, first(2), resent(1), first(3)]);
    expect(outcomes.map((o) => o.status)).toEqual(['processed', 'processed', 'duplicate', 'processed', 'duplicate', 'processed']);
    expect(outcomes[2]).toMatchObject({ duplicateOf: outcomes[0]!.rawId });
    expect(outcomes[4]).toMatchObject({ duplicateOf: outcomes[1]!.rawId });
    await expectEachCommittedOnce([0, 1, 2, 3]);
  });

  it('applies the acknowledgement limits in the order of the messages, counting those queued before in the same group', async () => {
    const from = (who: string, i: number) => buildMail({ messageId: `<group-${i}@x>`, from: `${who} <${who}@example.test>` });
    // x writes twice (the second time in capitals); then y and z fill the hour's three places; w comes too late
    const raws = [from('x', 0), buildMail({ messageId: '<group-1@x>', from: 'X <X@EXAMPLE.test>' }), from('y', 2), from('z', 3), from('w', 4)];
    const outcomes = await ingest(raws, h.deps(parseByMessage, { acknowledgements: { maxPerSenderPerDay: 1, maxPerHour: 3 } }));
    expect(outcomes.map((o) => o.status === 'processed' && o.acknowledged)).toEqual([true, false, true, true, false]);
    const acks = await h.store.db.all<{ ack_status: string; ack_reason: string | null }>('SELECT ack_status, ack_reason FROM contributions ORDER BY id');
    expect(acks).toEqual([
      { ack_status: 'queued', ack_reason: null },
      { ack_status: 'withheld', ack_reason: 'sender-daily-limit' },
      { ack_status: 'queued', ack_reason: null },
      { ack_status: 'queued', ack_reason: null },
      { ack_status: 'withheld', ack_reason: 'hourly-limit' },
    ]);
    expect((await h.store.db.all<{ to_address: string }>('SELECT to_address FROM outbox ORDER BY id')).map((r) => r.to_address)).toEqual(['x@example.test', 'y@example.test', 'z@example.test']);
    // the next group counts what this one queued: x is still over its daily limit, and the hour is full
    const next = await ingest([from('x', 5), from('v', 6)], h.deps(parseByMessage, { acknowledgements: { maxPerSenderPerDay: 1, maxPerHour: 4 } }));
    expect(next.map((o) => o.status === 'processed' && o.acknowledged)).toEqual([false, true]);
  });

  it('on a real Dovecot: a backlog spanning several groups is committed once, the failing message left unseen until a later pass takes it', async () => {
    const dovecot = await startDovecot();
    const mail = new ImapFlow({ ...dovecot.imap, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    try {
      await mail.connect();
      const numbers = Array.from({ length: 25 }, (_, i) => i);
      for (const i of numbers) await mail.append('INBOX', mailOf(i));
      const pass = async () => {
        const watcher = startImapWatcher({ ...dovecot.imap, mailbox: 'INBOX', processedMailbox: null, pollMs: 60_000 }, h.deps(parseByMessage));
        await watcher.ready;
        await watcher.stop();
      };
      const unseen = async () => mail.status('INBOX', { unseen: true }).then((s) => (s ? s.unseen : -1));

      await h.store.db.exec(`CREATE TRIGGER fail_accord_12 BEFORE INSERT ON drafts WHEN NEW.fields_json LIKE '%Accord 12-A%' BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
      await pass();
      await expectEachCommittedOnce(numbers.filter((i) => i !== 12));
      // flagged only once committed: message 12 (UID 13) stays unseen, and the checkpoint waits before it
      expect(await unseen()).toBe(1);
      expect((await readImapCheckpoint(h.store.db, 'INBOX'))?.lastUid).toBe(12);

      await h.store.db.exec('DROP TRIGGER fail_accord_12');
      await pass();
      await expectEachCommittedOnce(numbers);
      expect(await unseen()).toBe(0);
      expect((await readImapCheckpoint(h.store.db, 'INBOX'))?.lastUid).toBe(25);
    } finally {
      await mail.logout().catch(() => undefined);
      await dovecot.destroy();
    }
  });
});
