import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { createModeration } from '../../../src/core/moderation/create-moderation.js';
import type { Actor } from '../../../src/core/moderation/draft.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { startMailIntake, type MailIntake } from '../../../src/intake/mailbox/start-mail-intake.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { createModerationStore } from '../../../src/store/moderation-store.js';
import { captureCliIo } from '../../helpers/capture-cli-io.js';
import { startDovecot, type Dovecot } from '../../helpers/dovecot.js';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../../helpers/smtp-sink.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { captureLogger, openHarness, type Harness } from './ingest-harness.js';

const ADA = 'Ada Lovelace <ada@example.test>';
const alice: Actor = { platform: 'terminal', id: 'alice', name: 'Alice' };
const CHARTER = [
  'Name of agreement: Global Charter for Tech Cooperation',
  'Date of launch: 2019',
  'Which organization maintains the agreement? Tech Cooperation Foundation',
  '',
  'About you',
  'Name: Ada Lovelace',
  'Affiliation: Analytical Engines Ltd',
].join('\n');

let h: Harness;
let sink: SmtpSink;
let dovecot: Dovecot;
let intake: MailIntake;
let moderation: Moderation;

beforeEach(async () => {
  h = await openHarness();
  sink = await startSmtpSink();
  dovecot = await startDovecot();
  const config = {
    imap: { ...dovecot.imap, mailbox: 'INBOX', processedMailbox: 'Processed' },
    smtp: { host: '127.0.0.1', port: sink.port, secure: false, auth: null, from: 'normbot@bpf.example' },
    inboxDir: path.join(h.dir, 'inbox'),
  };
  intake = await startMailIntake({ config, store: h.store, parse: parseEmail, logger: captureLogger(h.logs) });
  // decisions taken 20 minutes ago: their undo window has passed, so their outcome mails go out at once
  moderation = createModeration({ store: createModerationStore(h.store), now: () => new Date(Date.now() - 20 * 60_000) });
});
afterEach(async () => {
  await intake.stop();
  await dovecot.destroy();
  await sink.stop();
  await h.close();
});

async function waitFor(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

/** Puts a mail in the contribution mailbox, as the mail server would. */
async function deliver(raw: Buffer): Promise<void> {
  const client = new ImapFlow({ ...dovecot.imap, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
  await client.connect();
  await client.append('INBOX', raw);
  await client.logout();
}

/** The n-th mail the SMTP server received (from 1), once it has. */
async function mailAtSink(n: number): Promise<ReceivedMail> {
  await waitFor(() => sink.received.length >= n);
  return sink.received[n - 1]!;
}

/** Sends a contribution and returns our acknowledgement as the contributor's mail program received it. */
async function contribute(body: string): Promise<ReceivedMail> {
  await deliver(buildMail({ from: ADA, body, messageId: `<c-${Math.random().toString(36).slice(2)}@example.test>` }));
  return mailAtSink(sink.received.length + 1);
}

const header = (mail: ReceivedMail, name: string): string => {
  const v = mail.headers.get(name);
  return Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '';
};

/**
 * The contributor's reply to a mail we sent, as a mail program builds it: Re: subject, In-Reply-To
 * our Message-ID, References our References and Message-ID, their text above ours quoted with "> ".
 */
function replyTo(ours: ReceivedMail, text: string, o: { from?: string } = {}): Buffer {
  const quoted = ours.text.trimEnd().split('\n').map((l) => `> ${l}`).join('\n');
  return buildMail({
    from: o.from ?? ADA,
    subject: `Re: ${ours.subject}`,
    body: `${text}${text ? '\n\n' : ''}On Mon, 2 Mar 2026 at 10:00, normbot <normbot@bpf.example> wrote:\n${quoted}\n`,
    headers: { 'In-Reply-To': header(ours, 'message-id'), References: `${header(ours, 'references')} ${header(ours, 'message-id')}`.trim() },
  });
}

async function onlyDraftId(): Promise<number> {
  const rows = await h.store.db.all<{ id: number }>('SELECT id FROM drafts ORDER BY id');
  expect(rows).toHaveLength(1);
  return rows[0]!.id;
}

describe('contributors answer back, by mail', () => {
  it('turns a correction in a reply to the acknowledgement into a proposed edit, which a moderator accepts from the CLI into the catalog', async () => {
    const ack = await contribute(CHARTER);
    expect(ack.to).toEqual(['ada@example.test']);
    const draftId = await onlyDraftId();
    await deliver(replyTo(ack, 'Thank you. One correction: Date of launch: 2017'));

    const answer = await mailAtSink(2);
    expect(answer.to).toEqual(['ada@example.test']);
    expect(answer.text).toContain('A correction to "Global Charter for Tech Cooperation"');
    expect(answer.text).toContain("year: '2019' -> '2017'");
    const reply = await h.store.db.get<{ message_id: string }>('SELECT message_id FROM raw_messages ORDER BY id DESC LIMIT 1');
    expect(header(answer, 'in-reply-to')).toBe(reply?.message_id);
    expect(header(answer, 'references')).toContain(header(ack, 'message-id'));
    // the reply joined the contribution: no second contribution, the draft still says 2019
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
    expect((await moderation.getDraft(draftId))?.fields.launchYear).toBe(2019);

    const db = path.join(h.dir, 'normbot.sqlite');
    const show = captureCliIo();
    expect(await runCli(['show', String(draftId), '--db', db], show)).toBe(0);
    expect(show.out()).toContain("Correction proposed by the contributor: year: '2019' -> '2017'");
    expect(show.out()).toContain('Replies from the contributor: 1');

    const accept = captureCliIo();
    expect(await runCli(['accept-edit', String(draftId), '--db', db], accept)).toBe(0);
    const accepted = await moderation.getDraft(draftId);
    expect(accepted).toMatchObject({ version: 2, fields: { launchYear: 2017 }, proposedEdit: null });
    const history = await moderation.history(draftId);
    expect(history[1]?.source).toMatch(/^contributor: contribution \d+, reply \d+$/);
    expect(history[1]?.actor.platform).toBe('terminal');

    expect(await runCli(['approve', String(draftId), '--db', db], captureCliIo())).toBe(0);
    const catalog = await h.store.catalog.loadSnapshot();
    expect(catalog.agreements.find((a) => a.name === 'Global Charter for Tech Cooperation')?.year).toBe(2017);
  });

  it('changes nothing for a reply that only quotes the acknowledgement', async () => {
    const ack = await contribute(CHARTER);
    const draftId = await onlyDraftId();
    const before = await moderation.getDraft(draftId);
    await deliver(replyTo(ack, ''));
    await waitFor(async () => (await h.count('SELECT count(*) n FROM contribution_replies')) === 1);
    const after = await moderation.getDraft(draftId);
    expect(after?.thread?.[0]?.understood.map((u) => u.kind)).toEqual(['quote-only']);
    expect(after).toMatchObject({ version: before?.version, fields: before?.fields, status: 'pending', proposedEdit: null });
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.received).toHaveLength(1); // the acknowledgement only: nothing to answer
  });

  it('withdraws the pending drafts on request; an agreement already approved keeps its facts', async () => {
    const ack = await contribute(`${CHARTER.split('\nAbout you')[0]}\n\nName of agreement: Nordic Cyber Declaration\nDate of launch: 2020\n\nAbout you\nName: Ada Lovelace`);
    const [charter, nordic] = (await h.store.db.all<{ id: number }>('SELECT id FROM drafts ORDER BY id')).map((r) => r.id);
    expect((await moderation.approve(charter!, alice)).ok).toBe(true);
    await deliver(replyTo(ack, 'Je souhaite retirer ma contribution, merci.'));

    const answer = await mailAtSink(3); // the acknowledgement, the outcome of the approval, the answer
    expect(answer.text).toContain('"Nordic Cyber Declaration" (draft #');
    expect(answer.text).toContain('it is withdrawn');
    expect(answer.text).toContain('already in the catalog and keeps its facts');
    expect((await moderation.getDraft(nordic!))).toMatchObject({ status: 'withdrawn', decidedBy: { id: expect.stringMatching(/^contributor:/) } });
    expect((await moderation.getDraft(charter!))?.status).toBe('approved');
    const catalog = await h.store.catalog.loadSnapshot();
    expect(catalog.agreements.find((a) => a.name === 'Global Charter for Tech Cooperation')?.year).toBe(2019);
    // a withdrawn draft can no longer be approved
    expect(await moderation.approve(nordic!, alice)).toMatchObject({ ok: false, code: 'already-decided' });
  });

  it('makes the contribution anonymous after the fact, the agreement already approved from it included', async () => {
    const ack = await contribute(CHARTER.replace('Tech Cooperation Foundation', 'Analytical Engines Ltd, coordinated by Ada Lovelace'));
    const draftId = await onlyDraftId();
    const approved = await moderation.approve(draftId, alice);
    if (!approved.ok) throw new Error(approved.message);
    const agreementId = approved.draft.agreementId!;
    expect((await h.store.catalog.getAgreement(h.store.db, agreementId))?.maintainer).toContain('Ada Lovelace');

    await deliver(replyTo(ack, 'Por favor, no publiquen mi nombre.'));
    const answer = await mailAtSink(3);
    expect(answer.text).toContain('your name is no longer shown anywhere');
    expect(answer.text).toMatch(/^Dear contributor,/);

    const contribution = await h.store.db.get<{ contributor_name: string | null; anonymous: number; parsed_json: string }>('SELECT * FROM contributions');
    expect(contribution).toMatchObject({ contributor_name: null, anonymous: 1 });
    expect(contribution?.parsed_json).not.toContain('Ada Lovelace');
    expect((await moderation.getDraft(draftId))?.contributorLabel).toBe('Anonymous contributor');
    const agreement = await h.store.catalog.getAgreement(h.store.db, agreementId);
    expect(agreement?.maintainer).toBe('Analytical Engines Ltd, coordinated by [name withheld]');
    const history = await h.store.catalog.history('agreement', agreementId);
    expect(history.at(-1)).toMatchObject({ action: 'anonymize-contributor', source: expect.stringMatching(/^contribution:\d+\/reply:\d+$/) });
  });

  it('withdraws and withholds the name in one request: pending drafts withdrawn, the approved agreement keeps its facts but loses the credit', async () => {
    const ack = await contribute(`${CHARTER.split('\nAbout you')[0]}\n\nName of agreement: Nordic Cyber Declaration\nDate of launch: 2020\nWhich organization maintains the agreement? Nordic office of Ada Lovelace\n\nAbout you\nName: Ada Lovelace`);
    const [charter, nordic] = (await h.store.db.all<{ id: number }>('SELECT id FROM drafts ORDER BY id')).map((r) => r.id);
    const approved = await moderation.approve(nordic!, alice);
    if (!approved.ok) throw new Error(approved.message);
    await deliver(replyTo(ack, 'Please withdraw my contribution and do not publish my name.'));

    const answer = await mailAtSink(3);
    expect(answer.text).toContain('it is withdrawn');
    expect(answer.text).toContain('your name is no longer shown anywhere');
    expect((await moderation.getDraft(charter!))?.status).toBe('withdrawn');
    const kept = await moderation.getDraft(nordic!);
    expect(kept).toMatchObject({ status: 'approved', contributorLabel: 'Anonymous contributor' });
    const agreement = await h.store.catalog.getAgreement(h.store.db, approved.draft.agreementId!);
    expect([agreement?.name, agreement?.year, agreement?.maintainer]).toEqual(['Nordic Cyber Declaration', 2020, 'Nordic office of [name withheld]']);
  });

  it('keeps a correction sent in answer to the outcome mail of an approved draft for a moderator, naming the catalog agreement and the change', async () => {
    await contribute(CHARTER);
    const draftId = await onlyDraftId();
    const approved = await moderation.approve(draftId, alice);
    if (!approved.ok) throw new Error(approved.message);
    const outcome = await mailAtSink(2);
    expect(outcome.text).toContain('has been added to the BPF Cybersecurity norms catalog');
    await deliver(replyTo(outcome, 'The maintainer should be the Global Tech Secretariat.'));
    const answer = await mailAtSink(3);
    expect(answer.text).toContain(`already in the catalog (agreement ${approved.draft.agreementId})`);
    const draft = await moderation.getDraft(draftId);
    expect(draft).toMatchObject({ status: 'approved', proposedEdit: null });
    expect(draft?.thread?.[0]?.understood).toEqual([
      { kind: 'correction-to-decided', draftId, name: 'Global Charter for Tech Cooperation', agreementId: approved.draft.agreementId, change: "maintainer: 'Tech Cooperation Foundation' -> 'the Global Tech Secretariat'" },
    ]);
    expect((await h.store.catalog.getAgreement(h.store.db, approved.draft.agreementId!))?.maintainer).toBe('Tech Cooperation Foundation');

    // it waits in the "needs a look" queue, naming the catalog agreement and the change, until a moderator closes it
    const [item] = await moderation.listUnsorted();
    expect(item?.payload).toMatchObject({ kind: 'correction', corrections: [{ draftId, agreementId: approved.draft.agreementId, change: "maintainer: 'Tech Cooperation Foundation' -> 'the Global Tech Secretariat'", patch: { maintainer: 'the Global Tech Secretariat' } }] });
    const db = path.join(h.dir, 'normbot.sqlite');
    expect(await runCli(['unsorted', 'draft', String(item!.id), '--db', db], captureCliIo())).not.toBe(0);
    expect(await runCli(['unsorted', 'dismiss', String(item!.id), '--reason', 'catalog edited by hand', '--db', db], captureCliIo())).toBe(0);
    expect(await moderation.listUnsorted()).toEqual([]);
  });
});
