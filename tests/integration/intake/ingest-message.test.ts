import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestOutcome, ParseEmail } from '../../../src/intake/ingest/ingest-deps.js';
import { ingestMessage, ingestMessages } from '../../../src/intake/ingest/ingest-message.js';
import { MAX_INTERRUPTED_STARTS, MAX_PROCESSING_ERRORS } from '../../../src/intake/ingest/intake-limits.js';
import { recoverStoredMessages } from '../../../src/intake/ingest/recover-stored-messages.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { aParsedMessage, anAgreement } from '../../unit/intake/ingest/a-parsed-message.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { openHarness, type Harness } from './ingest-harness.js';

const parseAs = (parsed = aParsedMessage()): ParseEmail => async () => parsed;
const crashingParse: ParseEmail = async () => {
  throw new Error('simulated crash in the middle of a message');
};

let h: Harness;
/** waits until the message's processing start number n is committed (the "process" is then killed) */
async function waitForStarts(n: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((await h.count('SELECT max(attempts) n FROM raw_messages')) >= n) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`processing start ${n} never came`);
}
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
});

describe('ingestMessage', () => {
  it('stores the contribution, one draft per agreement with a first version, and one acknowledgement', async () => {
    const parsed = aParsedMessage({ agreements: [anAgreement(), anAgreement({ name: 'Cybersecurity Tech Accord', catalogMatch: null })] });
    const outcome = await ingestMessage(buildMail(), 'test', h.deps(parseAs(parsed)));
    expect(outcome).toMatchObject({ status: 'processed', kind: 'contribution', acknowledged: true });
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
    expect(await h.count('SELECT count(*) n FROM drafts WHERE status = ?', ['pending'])).toBe(2);
    expect(await h.count('SELECT count(*) n FROM draft_versions WHERE version = 1')).toBe(2);
    const ack = await h.store.db.get<{ dedupe_key: string; to_address: string; headers_json: string }>('SELECT * FROM outbox');
    expect(ack?.dedupe_key).toBe(outcome.status === 'processed' ? `ack:${outcome.contributionId}` : '');
    expect(ack?.to_address).toBe('ada@example.test');
    expect(JSON.parse(ack!.headers_json)['Auto-Submitted']).toBe('auto-replied');
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'processed'`)).toBe(1);
  });

  it('keeps the contributor address on the contribution only, never on drafts or in logs', async () => {
    await ingestMessage(buildMail(), 'test', h.deps(parseAs()));
    expect(await h.count(`SELECT count(*) n FROM contributions WHERE contributor_email = 'ada@example.test'`)).toBe(1);
    const drafts = await h.store.db.all<Record<string, unknown>>('SELECT * FROM drafts');
    expect(JSON.stringify(drafts)).not.toContain('ada@example.test');
    expect(h.logs.join('')).not.toMatch(/ada@example\.test|Date of launch/);
    expect(h.logs.join('')).toContain('"rawId"');
  });

  it('treats the same bytes ingested twice as a duplicate: one contribution, one acknowledgement', async () => {
    const raw = buildMail();
    await ingestMessage(raw, 'test', h.deps(parseAs()));
    const second = await ingestMessage(raw, 'test', h.deps(parseAs()));
    expect(second.status).toBe('duplicate');
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
    expect(await h.count('SELECT count(*) n FROM outbox')).toBe(1);
  });

  it('treats the same Message-ID and body with other Received: lines as a duplicate', async () => {
    await ingestMessage(buildMail({ messageId: '<same@x>', headers: { Received: 'from a' } }), 'test', h.deps(parseAs()));
    const second = await ingestMessage(buildMail({ messageId: '<same@x>', headers: { Received: 'from b' } }), 'test', h.deps(parseAs()));
    expect(second.status).toBe('duplicate');
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'duplicate' AND duplicate_of IS NOT NULL`)).toBe(1);
  });

  it('records an auto-reply without drafts or acknowledgement', async () => {
    const outcome = await ingestMessage(buildMail(), 'test', h.deps(parseAs(aParsedMessage({ kind: 'auto-reply' }))));
    expect(outcome).toMatchObject({ status: 'processed', kind: 'auto-reply', acknowledged: false });
    expect(await h.count('SELECT count(*) n FROM drafts')).toBe(0);
    expect(await h.count('SELECT count(*) n FROM outbox')).toBe(0);
  });

  it('never acknowledges a bounce', async () => {
    await ingestMessage(buildMail({ from: 'MAILER-DAEMON@mx.example' }), 'test', h.deps(parseAs(aParsedMessage({ kind: 'bounce', agreements: [] }))));
    expect(await h.count('SELECT count(*) n FROM outbox')).toBe(0);
  });

  it('finishes at restart a message whose processing crashed after the raw bytes were stored', async () => {
    const raw = buildMail();
    const first = await ingestMessage(raw, 'test', h.deps(crashingParse));
    expect(first.status).toBe('retry');
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'stored'`)).toBe(1);
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(0);

    const recovered = await recoverStoredMessages(h.deps(parseAs()));
    expect(recovered.map((o) => o.status)).toEqual(['processed']);
    await ingestMessage(raw, 'test', h.deps(parseAs())); // the IMAP re-fetch after the restart
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
    expect(await h.count('SELECT count(*) n FROM outbox')).toBe(1);
  });

  it('gives up on a message that crashes the parser every time, with a stored error', async () => {
    const raw = buildMail();
    for (let i = 1; i < MAX_PROCESSING_ERRORS; i++) expect((await ingestMessage(raw, 'test', h.deps(crashingParse))).status).toBe('retry');
    const last = await ingestMessage(raw, 'test', h.deps(crashingParse));
    expect(last).toMatchObject({ status: 'failed', error: { code: 'PROCESSING_FAILED' } });
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'failed' AND error_code = 'PROCESSING_FAILED'`)).toBe(1);
  });

  it('does not count restarts: a message whose processing was cut off by dying processes is still processed', async () => {
    const raw = buildMail();
    // each "process" stores or re-fetches the message, starts on it and dies: the parse never returns
    const dying: ParseEmail = () => new Promise(() => undefined);
    for (let i = 0; i < MAX_PROCESSING_ERRORS + 2; i++) {
      void ingestMessage(raw, 'test', h.deps(dying));
      await waitForStarts(i + 1);
    }
    const outcome = await ingestMessage(raw, 'test', h.deps(parseAs()));
    expect(outcome.status).toBe('processed');
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE attempts = ${MAX_PROCESSING_ERRORS + 3} AND processing_errors = 0`)).toBe(1);
  });

  it('gives up on a message that kills the process every time, after MAX_INTERRUPTED_STARTS starts', async () => {
    const raw = buildMail();
    const dying: ParseEmail = () => new Promise(() => undefined);
    for (let i = 0; i < MAX_INTERRUPTED_STARTS; i++) {
      void ingestMessage(raw, 'test', h.deps(dying));
      await waitForStarts(i + 1);
    }
    const outcome = await ingestMessage(raw, 'test', h.deps(parseAs()));
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'PROCESSING_KILLED' } });
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(0);
  });

  it('counts errors and deaths apart: two errors and several deaths still leave the message to retry', async () => {
    const raw = buildMail();
    for (let i = 0; i < MAX_PROCESSING_ERRORS - 1; i++) expect((await ingestMessage(raw, 'test', h.deps(crashingParse))).status).toBe('retry');
    for (let i = 0; i < 4; i++) {
      void ingestMessage(raw, 'test', h.deps(() => new Promise(() => undefined)));
      await waitForStarts(MAX_PROCESSING_ERRORS - 1 + i + 1);
    }
    expect((await ingestMessage(raw, 'test', h.deps(parseAs()))).status).toBe('processed');
  });

  it('rolls back the contribution when the commit fails, leaving the raw message for retry', async () => {
    // the database refuses the draft insert, half-way through the transaction
    await h.store.db.exec('CREATE TRIGGER fail_drafts BEFORE INSERT ON drafts BEGIN SELECT RAISE(ABORT, "disk full"); END;');
    const outcome = await ingestMessage(buildMail(), 'test', h.deps(parseAs()));
    expect(outcome.status).toBe('retry');
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(0);
    expect(await h.count('SELECT count(*) n FROM outbox')).toBe(0);
    await h.store.db.exec('DROP TRIGGER fail_drafts');
    expect((await recoverStoredMessages(h.deps(parseAs())))[0]?.status).toBe('processed');
    expect(await h.count('SELECT count(*) n FROM drafts')).toBe(1);
  });

  it('rejects a parser result that does not match the schema with a stored error', async () => {
    const broken: ParseEmail = async () => ({ ...aParsedMessage(), kind: 'nonsense' }) as never;
    expect(await ingestMessage(buildMail(), 'test', h.deps(broken))).toMatchObject({ status: 'failed', error: { code: 'PARSE_INVALID' } });
  });
});

describe('ingestMessage with bad input', () => {
  const cases: Array<[string, Buffer, string]> = [
    ['an empty mail', Buffer.alloc(0), 'EMPTY_MESSAGE'],
    ['malformed MIME', Buffer.from('this is not a mail at all\r\n\r\njust text'), 'MALFORMED_MIME'],
  ];
  for (const [what, raw, code] of cases) {
    it(`stores ${what} as failed with ${code} and goes on`, async () => {
      const outcome = await ingestMessage(raw, 'test', h.deps(parseAs()));
      expect(outcome).toMatchObject({ status: 'failed', error: { code } });
      const row = await h.store.db.get<{ status: string; error_code: string; error_message: string }>('SELECT * FROM raw_messages');
      expect(row).toMatchObject({ status: 'failed', error_code: code });
      expect(row!.error_message.length).toBeGreaterThan(10);
      expect((await ingestMessage(buildMail(), 'test', h.deps(parseAs()))).status).toBe('processed');
    });
  }

  it('processes a mail in an unknown charset, storing the parser warning with the raw message', async () => {
    const raw = buildMail({ headers: { 'Content-Type': 'text/plain; charset=x-unknown-99' } });
    expect((await ingestMessage(raw, 'test', h.deps(parseEmail))).status).toBe('processed');
    const row = await h.store.db.get<{ status: string; error_code: string; error_message: string }>('SELECT * FROM raw_messages');
    expect(row).toMatchObject({ status: 'processed', error_code: 'unknown-charset' });
    expect(row!.error_message).toContain('x-unknown-99');
    expect(await h.count('SELECT count(*) n FROM drafts')).toBe(1);
    const ack = await h.store.db.get<{ body: string }>('SELECT body FROM outbox');
    expect(ack!.body).toContain('Parts we could not read');
  });

  it('stores an oversized message as failed, keeping only its head', async () => {
    const raw = buildMail({ body: 'x'.repeat(200_000) });
    const outcome = await ingestMessage(raw, 'test', h.deps(parseAs(), { maxMessageBytes: 100_000 }));
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'MESSAGE_TOO_LARGE' } });
    const row = await h.store.db.get<{ size: number; raw: Buffer }>('SELECT size, raw FROM raw_messages');
    expect(row!.size).toBe(raw.length);
    expect(row!.raw.length).toBeLessThan(raw.length);
  });
});

describe('ingestMessages', () => {
  it('stores every raw message of a group before parsing the first', async () => {
    const rawsStoredAtFirstParse: number[] = [];
    const parse: ParseEmail = async () => {
      if (rawsStoredAtFirstParse.length === 0) rawsStoredAtFirstParse.push(await h.count('SELECT count(*) n FROM raw_messages'));
      return aParsedMessage();
    };
    const messages = [1, 2, 3].map((i) => ({ raw: buildMail({ messageId: `<group-${i}@x>` }), origin: `test:${i}` }));
    const outcomes: string[] = [];
    await ingestMessages(messages, h.deps(parse), (o) => outcomes.push(o.status));
    expect(rawsStoredAtFirstParse).toEqual([3]);
    expect(outcomes).toEqual(['processed', 'processed', 'processed']);
  });

  it('treats a second copy of the same bytes in one group as a duplicate of the first, processed once', async () => {
    const raw = buildMail();
    const outcomes: string[] = [];
    await ingestMessages(
      [
        { raw, origin: 'test:1' },
        { raw, origin: 'test:2' },
      ],
      h.deps(parseAs()),
      (o) => outcomes.push(o.status),
    );
    expect(outcomes).toEqual(['processed', 'duplicate']);
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
    expect(await h.count('SELECT count(*) n FROM outbox')).toBe(1);
  });

  it('takes a second copy of bytes as a duplicate when the first is in an earlier commit group of the batch', async () => {
    const raws = Array.from({ length: 14 }, (_, i) => buildMail({ messageId: `<big-${i}@x>`, from: `s${i} <s${i}@example.test>` }));
    raws[12] = raws[1]!; // the first copy's group (messages 0-9) is committed while 10-13 are parsed
    const seen: IngestOutcome[] = [];
    await ingestMessages(raws.map((raw, i) => ({ raw, origin: `test:${i}` })), h.deps(parseAs()), (o) => seen.push(o));
    const outcomes = seen.map((o) => o.status);
    expect(outcomes.filter((s) => s === 'processed')).toHaveLength(13);
    expect(seen[12]).toMatchObject({ status: 'duplicate', duplicateOf: seen[1]!.rawId });
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(13);
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'processed'`)).toBe(13);
  });

  it('commits the contributions of a group in one transaction', async () => {
    await h.store.catalog.loadSnapshot(); // a running intake has read its catalog
    const transaction = h.store.db.transaction.bind(h.store.db);
    const added: number[] = []; // contributions each transaction added
    h.store.db.transaction = async (fn) => {
      const before = await h.count('SELECT count(*) n FROM contributions');
      const result = await transaction(fn);
      added.push((await h.count('SELECT count(*) n FROM contributions')) - before);
      return result;
    };
    const messages = [1, 2, 3, 4, 5].map((i) => ({ raw: buildMail({ messageId: `<one-tx-${i}@x>` }), origin: `test:${i}` }));
    const outcomes: string[] = [];
    await ingestMessages(messages, h.deps(parseAs()), (o) => outcomes.push(o.status));
    expect(outcomes).toEqual(['processed', 'processed', 'processed', 'processed', 'processed']);
    expect(added.filter((n) => n > 0)).toEqual([5]);
  });

  /**
   * Ingests a, poison, b (three senders, so the one acknowledgement a day each sender may get does
   * not hide a lost one) with a trigger that fails the poison message's draft with `raise`.
   */
  async function ingestWithPoison(raise: string): Promise<string[]> {
    await h.store.db.exec(`CREATE TRIGGER fail_poison BEFORE INSERT ON drafts WHEN NEW.fields_json LIKE '%Poison Accord%' BEGIN SELECT ${raise}; END;`);
    const parse: ParseEmail = async (raw) =>
      aParsedMessage(raw.toString().includes('<poison@x>') ? { agreements: [anAgreement({ name: 'Poison Accord', catalogMatch: null })] } : {});
    const messages = ['a', 'poison', 'b'].map((who, i) => ({ raw: buildMail({ messageId: `<${who}@x>`, from: `${who} <${who}@example.test>` }), origin: `test:${i}` }));
    const outcomes: string[] = [];
    await ingestMessages(messages, h.deps(parse), (o) => outcomes.push(o.status));
    return outcomes;
  }
  const recipients = async () => (await h.store.db.all<{ to_address: string }>('SELECT to_address FROM outbox ORDER BY id')).map((r) => r.to_address);

  it('rolls back only the message whose commit fails, and commits the rest of its group', async () => {
    expect(await ingestWithPoison(`RAISE(ABORT, 'disk full')`)).toEqual(['processed', 'retry', 'processed']);
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(2);
    // the rolled-back message's acknowledgement went with it
    expect(await recipients()).toEqual(['a@example.test', 'b@example.test']);
    expect(await h.count(`SELECT count(*) n FROM raw_messages WHERE status = 'stored'`)).toBe(1);
  });

  it('when one message rolls back the whole transaction (as a full disk can), commits the others one by one', async () => {
    // RAISE(ROLLBACK) ends the transaction itself, as SQLITE_FULL may: the savepoint is gone with it
    expect(await ingestWithPoison(`RAISE(ROLLBACK, 'database or disk is full')`)).toEqual(['processed', 'retry', 'processed']);
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(2);
    expect(await recipients()).toEqual(['a@example.test', 'b@example.test']);
    // only the message that failed is charged an error; the others were never counted as failed
    expect(await h.count('SELECT count(*) n FROM raw_messages WHERE processing_errors > 0')).toBe(1);
    // the store is usable afterwards: the next message commits
    const next: string[] = [];
    await ingestMessages([{ raw: buildMail({ messageId: '<c@x>', from: 'c <c@example.test>' }), origin: 'test:3' }], h.deps(parseAs()), (o) => next.push(o.status));
    expect(next).toEqual(['processed']);
  });
});
