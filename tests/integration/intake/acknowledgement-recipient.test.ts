import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { createModeration } from '../../../src/core/moderation/create-moderation.js';
import { draftCardReply } from '../../../src/core/moderation/draft-card-reply.js';
import type { IngestDeps } from '../../../src/intake/ingest/ingest-deps.js';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { enqueueMail } from '../../../src/store/enqueue-mail.js';
import { createModerationStore } from '../../../src/store/moderation-store.js';
import { captureCliIo } from '../../helpers/capture-cli-io.js';
import { alice } from '../../helpers/moderation-fixture.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { openHarness, type Harness } from './ingest-harness.js';

const SERVER = 'mx.bpf.example';
const pass = (domain: string) => `${SERVER}; spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`;

let h: Harness;
let clock: Date;
beforeEach(async () => {
  h = await openHarness();
  clock = new Date('2026-03-02T09:00:00Z');
});
afterEach(async () => {
  await h.close();
});

const deps = (acknowledgements: IngestDeps['acknowledgements'] = {}) => h.deps(parseEmail, { now: () => clock, acknowledgements });
const ackRecipients = async () => (await h.store.db.all<{ to_address: string }>(`SELECT to_address FROM outbox WHERE kind = 'acknowledgement' ORDER BY id`)).map((r) => r.to_address);
const ackStatus = async () => h.store.db.get<{ ack_status: string; ack_reason: string | null; contributor_email: string | null }>('SELECT ack_status, ack_reason, contributor_email FROM contributions ORDER BY id DESC LIMIT 1');

describe('who gets an acknowledgement (local inbox: From alone)', () => {
  it('answers the From address, not an address written as the display name', async () => {
    await ingestMessage(buildMail({ from: '"victim@target.example" <ada@example.org>' }), 'test', deps());
    expect(await ackRecipients()).toEqual(['ada@example.org']);
  });

  it('sends nothing when From cannot be parsed, and never falls back to an "E-mail:" line of the body', async () => {
    const body = 'Name of the agreement: Paris Call\n\nAbout you\nName: Mallory\nE-mail: victim@target.example\n';
    await ingestMessage(buildMail({ from: 'victim@target.example <mallory@evil.example>', body }), 'test', deps());
    expect(await ackRecipients()).toEqual([]);
    expect(await ackStatus()).toEqual({ ack_status: 'withheld', ack_reason: 'no-sender-address', contributor_email: null });
    expect(await h.count('SELECT count(*) n FROM drafts')).toBe(1); // the contribution is kept
  });

  it('ignores Reply-To', async () => {
    await ingestMessage(buildMail({ from: 'ada@example.org', headers: { 'Reply-To': 'victim@target.example' } }), 'test', deps());
    expect(await ackRecipients()).toEqual(['ada@example.org']);
  });

  it('does not answer list mail or a no-reply address', async () => {
    await ingestMessage(buildMail({ from: 'ada@example.org', headers: { 'List-Id': '<bpf.lists.example.org>' } }), 'test', deps());
    expect(await ackStatus()).toMatchObject({ ack_status: 'withheld', ack_reason: 'list-mail' });
    await ingestMessage(buildMail({ from: 'no-reply@example.org' }), 'test', deps());
    expect(await ackStatus()).toMatchObject({ ack_status: 'withheld', ack_reason: 'role-address' });
    expect(await ackRecipients()).toEqual([]);
  });

  it('answers one sender once a day and everyone at most the hourly limit', async () => {
    const policy = { maxPerSenderPerDay: 1, maxPerHour: 2 };
    await ingestMessage(buildMail({ from: 'ada@example.org' }), 'test', deps(policy));
    await ingestMessage(buildMail({ from: 'ADA@Example.org' }), 'test', deps(policy));
    expect(await ackStatus()).toMatchObject({ ack_status: 'withheld', ack_reason: 'sender-daily-limit', contributor_email: 'ADA@example.org' });
    await ingestMessage(buildMail({ from: 'grace@example.org' }), 'test', deps(policy));
    await ingestMessage(buildMail({ from: 'alan@example.org' }), 'test', deps(policy));
    expect(await ackStatus()).toMatchObject({ ack_status: 'withheld', ack_reason: 'hourly-limit' });
    clock = new Date(clock.getTime() + 25 * 60 * 60_000);
    await ingestMessage(buildMail({ from: 'ada@example.org' }), 'test', deps(policy));
    expect(await ackRecipients()).toEqual(['ada@example.org', 'grace@example.org', 'ada@example.org']);
  });
});

describe('who gets an acknowledgement (an authserv-id configured)', () => {
  const server = { authservId: SERVER };

  it('answers a sender our server authenticated', async () => {
    await ingestMessage(buildMail({ from: 'Ada <ada@example.org>', headers: { 'Authentication-Results': pass('example.org') } }), 'test', deps(server));
    expect(await ackRecipients()).toEqual(['ada@example.org']);
    expect(await ackStatus()).toEqual({ ack_status: 'queued', ack_reason: null, contributor_email: 'ada@example.org' });
  });

  it('keeps an unauthenticated contribution, sends nothing, and shows moderators why', async () => {
    const stamped = { 'Authentication-Results': `${SERVER}; spf=fail smtp.mailfrom=target.example; dmarc=fail header.from=target.example`, Subject: 'Spoofed' };
    const forged = { 'X-Forged': 'mx.evil.example', 'Authentication-Results': 'mx.evil.example; dmarc=pass header.from=target.example' };
    await ingestMessage(buildMail({ from: 'Victim <victim@target.example>', headers: { ...forged, ...stamped } }), 'test', deps(server));
    expect(await ackRecipients()).toEqual([]);
    expect(await ackStatus()).toEqual({ ack_status: 'withheld', ack_reason: 'unauthenticated-sender', contributor_email: null });

    const moderation = createModeration({ store: createModerationStore(h.store), now: () => clock });
    const [draft] = await moderation.listDrafts();
    expect(draftCardReply(draft!).text).toContain('not acknowledged: unauthenticated sender');
    const card = draftCardReply(draft!).blocks.filter((b) => b.type === 'note').map((b) => ('text' in b ? b.text : ''));
    expect(card).toContain('not acknowledged: unauthenticated sender');

    const db = path.join(h.dir, 'normbot.sqlite');
    for (const argv of [['show', String(draft!.id)], ['drafts']]) {
      const io = captureCliIo();
      expect(await runCli([...argv, '--db', db], io)).toBe(0);
      expect(io.out()).toContain('not acknowledged: unauthenticated sender');
    }
    const json = captureCliIo();
    await runCli(['show', String(draft!.id), '--json', '--db', db], json);
    expect((JSON.parse(json.out()) as { draft: { acknowledgement: unknown } }).draft.acknowledgement).toEqual({ status: 'withheld', reason: 'unauthenticated-sender' });
  });

  it('sends no outcome mail for an unauthenticated contribution, and one to the From address for an authenticated one', async () => {
    await ingestMessage(buildMail({ from: 'victim@target.example' }), 'test', deps(server));
    await ingestMessage(buildMail({ from: 'Ada <ada@example.org>', headers: { 'Authentication-Results': pass('example.org') } }), 'test', deps(server));
    const moderation = createModeration({ store: createModerationStore(h.store), now: () => clock });
    for (const d of await moderation.listDrafts()) expect((await moderation.reject(d.id, alice, 'not an agreement')).ok).toBe(true);
    const outcomes = await h.store.db.all<{ to_address: string }>(`SELECT to_address FROM outbox WHERE kind = 'outcome'`);
    expect(outcomes.map((o) => o.to_address)).toEqual(['ada@example.org']);
  });
});

describe('what is stored and queued', () => {
  it('strips control characters from the stored contribution and drafts, and keeps the raw mail as it came', async () => {
    const body = 'Name of the agreement: Paris\u0000 Call\u001b[2J for Trust\n\nAbout you\nName: Ada\u0007 Lovelace\n';
    const raw = buildMail({ from: 'ada@example.org', body });
    await ingestMessage(raw, 'test', deps());
    const stored = await h.store.db.get<{ fields_json: string; evidence_json: string; contributor_name: string; parsed_json: string; raw: Buffer }>(
      'SELECT d.fields_json, d.evidence_json, c.contributor_name, c.parsed_json, r.raw FROM drafts d JOIN contributions c ON c.id = d.contribution_id JOIN raw_messages r ON r.id = c.raw_message_id',
    );
    expect(JSON.parse(stored!.fields_json).name).toBe('Paris Call[2J for Trust');
    expect(stored!.contributor_name).toBe('Ada Lovelace');
    // eslint-disable-next-line no-control-regex
    for (const text of [stored!.fields_json, stored!.evidence_json, stored!.parsed_json]) expect(text).not.toMatch(/\\u000[0-8]|\\u001b/);
    expect(stored!.raw.equals(raw)).toBe(true);
    const ack = await h.store.db.get<{ body: string }>('SELECT body FROM outbox');
    expect(ack!.body).not.toMatch(/[\u0000\u0007\u001b]/);
  });

  it('keeps line breaks of an encoded Subject and a folded Message-ID out of the queued headers', async () => {
    const raw = buildMail({
      from: 'ada@example.org',
      subject: '=?utf-8?q?Contribution=0D=0ABcc:_victim@target.example?=',
      messageId: '<abc@example.org>\r\n\tX-Injected: yes',
    });
    await ingestMessage(raw, 'test', deps());
    const ack = await h.store.db.get<{ subject: string; headers_json: string }>('SELECT subject, headers_json FROM outbox');
    expect(ack!.subject).not.toMatch(/[\r\n]/);
    expect(ack!.subject.startsWith('Re: Contribution Bcc:')).toBe(true);
    const headers = JSON.parse(ack!.headers_json) as Record<string, string>;
    for (const v of Object.values(headers)) expect(v).not.toMatch(/[\r\n]/);
    expect(headers['In-Reply-To'] ?? '').not.toContain('X-Injected');
    expect(await h.count(`SELECT count(*) n FROM contributions WHERE subject LIKE '%' || char(10) || '%' OR subject LIKE '%' || char(13) || '%'`)).toBe(0);
  });

  it('puts any mail into the outbox with a one-line subject and only well-formed threading headers', async () => {
    const mail = {
      dedupeKey: 'outcome:1',
      kind: 'outcome' as const,
      to: 'ada@example.org',
      subject: 'Your contribution "X\r\nBcc: victim@target.example": added',
      body: 'Hello\u0000',
      headers: { 'In-Reply-To': '<a@b>\r\nBcc: victim@target.example', References: '<ok@example.org>', 'Auto-Submitted': 'auto-generated' },
    };
    await h.store.db.transaction((tx) => enqueueMail(tx, mail, clock));
    const row = await h.store.db.get<{ subject: string; body: string; headers_json: string }>('SELECT subject, body, headers_json FROM outbox');
    expect(row!.subject).toBe('Your contribution "X Bcc: victim@target.example": added');
    expect(row!.body).toBe('Hello');
    expect(JSON.parse(row!.headers_json)).toEqual({ References: '<ok@example.org>', 'Auto-Submitted': 'auto-generated' });
    await expect(h.store.db.transaction((tx) => enqueueMail(tx, { ...mail, dedupeKey: 'outcome:2', to: 'a@example.org\r\nBcc: b@example.org' }, clock))).rejects.toThrow(/one bare e-mail address/);
  });
});
