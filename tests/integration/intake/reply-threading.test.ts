import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModeration } from '../../../src/core/moderation/create-moderation.js';
import type { Actor } from '../../../src/core/moderation/draft.js';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { outboxMessageId } from '../../../src/intake/outbox/send-due-mail.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { createModerationStore } from '../../../src/store/moderation-store.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { openHarness, type Harness } from './ingest-harness.js';

const FROM = 'normbot@bpf.example';
const alice: Actor = { platform: 'terminal', id: 'alice', name: 'Alice' };
const TWO_AGREEMENTS = [
  'Name of agreement: Global Charter for Tech Cooperation',
  'Date of launch: 2019',
  'Which organization maintains the agreement? Tech Cooperation Foundation',
  '',
  'Name of agreement: Nordic Cyber Declaration',
  'Date of launch: 2020',
  '',
  'About you',
  'Name: Ada Lovelace',
].join('\n');

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
});

const deps = () => h.deps(parseEmail);
const moderation = () => createModeration({ store: createModerationStore(h.store), now: () => new Date() });

async function contribute(body: string, messageId = '<contribution@example.test>'): Promise<{ contributionId: number; draftIds: number[]; ackId: string; ackBody: string }> {
  const outcome = await ingestMessage(buildMail({ body, messageId }), 'test', deps());
  if (outcome.status !== 'processed') throw new Error(`not processed: ${outcome.status}`);
  const ack = await h.store.db.get<{ body: string }>('SELECT body FROM outbox WHERE dedupe_key = ?', [`ack:${outcome.contributionId}`]);
  return { contributionId: outcome.contributionId, draftIds: outcome.draftIds, ackId: outboxMessageId(`ack:${outcome.contributionId}`, FROM), ackBody: ack!.body };
}

/** A reply as a mail program writes it: the new text on top, our mail quoted below with "> ". */
function reply(text: string, to: { inReplyTo: string; quote?: string }, o: { from?: string; messageId?: string; headers?: Record<string, string> } = {}): Buffer {
  const quoted = to.quote ? `\n\nOn Mon, 2 Mar 2026 at 10:00, normbot <${FROM}> wrote:\n${to.quote.split('\n').map((l) => `> ${l}`).join('\n')}\n` : '';
  return buildMail({
    body: `${text}${quoted}`,
    subject: 'Re: BPF Cybersecurity contribution',
    ...(o.from ? { from: o.from } : {}),
    ...(o.messageId ? { messageId: o.messageId } : {}),
    headers: { 'In-Reply-To': to.inReplyTo, References: `<contribution@example.test> ${to.inReplyTo}`, ...o.headers },
  });
}

describe('a reply to a contribution', () => {
  it('joins the contribution it answers, whatever its subject, and corrects the draft it names', async () => {
    const c = await contribute(TWO_AGREEMENTS);
    const outcome = await ingestMessage(reply('For the Nordic Cyber Declaration, the year should be 2021.', { inReplyTo: c.ackId, quote: c.ackBody }), 'test', deps());
    expect(outcome).toMatchObject({ status: 'processed', contributionId: c.contributionId, draftIds: [] });
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(1);
    const nordic = await moderation().getDraft(c.draftIds[1]!);
    expect(nordic?.proposedEdit).toMatchObject({ status: 'open', patch: { launchYear: 2021 }, before: { launchYear: 2020 } });
    expect((await moderation().getDraft(c.draftIds[0]!))?.proposedEdit).toBeNull();
  });

  it('asks a moderator when a correction names none of several drafts', async () => {
    const c = await contribute(TWO_AGREEMENTS);
    await ingestMessage(reply('The year should be 2021.', { inReplyTo: c.ackId, quote: c.ackBody }), 'test', deps());
    expect(await h.count(`SELECT count(*) n FROM proposed_edits`)).toBe(0);
    const draft = await moderation().getDraft(c.draftIds[0]!);
    expect(draft?.thread?.[0]?.understood.map((u) => u.kind)).toEqual(['correction-unmatched']);
  });

  it('adds a draft to the same contribution for another agreement the reply describes', async () => {
    const c = await contribute(TWO_AGREEMENTS);
    const outcome = await ingestMessage(
      reply('We forgot one:\nName of agreement: Geneva Pledge on Safe Software\nDate of launch: 2022', { inReplyTo: c.ackId, quote: c.ackBody }),
      'test',
      deps(),
    );
    if (outcome.status !== 'processed') throw new Error(outcome.status);
    expect(outcome.draftIds).toHaveLength(1);
    const added = await moderation().getDraft(outcome.draftIds[0]!);
    expect(added).toMatchObject({ contributionId: c.contributionId, status: 'pending', fields: { name: 'Geneva Pledge on Safe Software', launchYear: 2022 }, contributorLabel: 'Ada Lovelace' });
  });

  it('belongs to the contribution when it names the contribution itself, from the contributor', async () => {
    const c = await contribute(TWO_AGREEMENTS);
    const outcome = await ingestMessage(reply('Please withdraw my contribution.', { inReplyTo: '<contribution@example.test>' }), 'test', deps());
    expect(outcome).toMatchObject({ status: 'processed', contributionId: c.contributionId });
    expect(await h.count(`SELECT count(*) n FROM drafts WHERE status = 'withdrawn'`)).toBe(2);
  });

  it('is a contribution of its own when someone else answers the contribution (a reply-all)', async () => {
    await contribute(TWO_AGREEMENTS);
    const outcome = await ingestMessage(
      reply('Name of agreement: Geneva Pledge on Safe Software\nDate of launch: 2022', { inReplyTo: '<contribution@example.test>' }, { from: 'Bob <bob@example.org>' }),
      'test',
      deps(),
    );
    expect(outcome).toMatchObject({ status: 'processed', kind: 'contribution' });
    expect(outcome.status === 'processed' && outcome.replyId).toBeFalsy();
    expect(await h.count('SELECT count(*) n FROM contributions')).toBe(2);
  });

  it('does nothing on the word of another address answering our acknowledgement, and says a moderator will read it', async () => {
    const c = await contribute(TWO_AGREEMENTS);
    await ingestMessage(reply('Please withdraw my contribution.', { inReplyTo: c.ackId, quote: c.ackBody }, { from: 'Mallory <mallory@example.org>' }), 'test', deps());
    expect(await h.count(`SELECT count(*) n FROM drafts WHERE status = 'pending'`)).toBe(2);
    const thread = (await moderation().getDraft(c.draftIds[0]!))?.thread;
    expect(thread?.[0]).toMatchObject({ fromContributor: false, understood: [{ kind: 'not-from-contributor' }] });
    const answer = await h.store.db.get<{ to_address: string; body: string }>(`SELECT to_address, body FROM outbox WHERE kind = 'reply-acknowledgement'`);
    expect(answer?.to_address).toBe('mallory@example.org');
    expect(answer?.body).toContain('a moderator will read it');
    expect(answer?.body).not.toContain('withdrawn');
  });

  it("acts on a reply only when our server authenticated the contributor's address, as for an acknowledgement (an authserv-id configured)", async () => {
    const server = 'mx.bpf.example';
    const auth = (result: 'pass' | 'fail') => ({ 'Authentication-Results': `${server}; spf=${result} smtp.mailfrom=example.test; dmarc=${result} header.from=example.test` });
    const strict = () => h.deps(parseEmail, { acknowledgements: { authservId: server } });
    const first = await ingestMessage(buildMail({ body: TWO_AGREEMENTS, messageId: '<contribution@example.test>', headers: auth('pass') }), 'test', strict());
    if (first.status !== 'processed') throw new Error(first.status);
    const ackId = outboxMessageId(`ack:${first.contributionId}`, FROM);

    await ingestMessage(reply('Please withdraw my contribution.', { inReplyTo: ackId }, { headers: auth('fail') }), 'test', strict());
    expect(await h.count(`SELECT count(*) n FROM drafts WHERE status = 'pending'`)).toBe(2);
    expect(await h.count(`SELECT count(*) n FROM outbox WHERE kind = 'reply-acknowledgement'`)).toBe(0);
    expect((await moderation().getDraft(first.draftIds[0]!))?.thread?.[0]).toMatchObject({ fromContributor: false, understood: [{ kind: 'not-from-contributor' }], acknowledgement: { status: 'withheld', reason: 'unauthenticated-sender' } });

    await ingestMessage(reply('Please withdraw my contribution.', { inReplyTo: ackId }, { headers: auth('pass') }), 'test', strict());
    expect(await h.count(`SELECT count(*) n FROM drafts WHERE status = 'withdrawn'`)).toBe(2);
    expect(await h.count(`SELECT count(*) n FROM outbox WHERE kind = 'reply-acknowledgement' AND to_address = 'ada@example.test'`)).toBe(1);
  });

  it('ignores an out-of-office answer to our acknowledgement: kept in the thread, no answer back', async () => {
    const c = await contribute(TWO_AGREEMENTS);
    const auto = buildMail({ body: 'I am away until Monday.', subject: 'Automatic reply: BPF', headers: { 'In-Reply-To': c.ackId, 'Auto-Submitted': 'auto-replied' } });
    await ingestMessage(auto, 'test', deps());
    expect(await h.count(`SELECT count(*) n FROM contribution_replies WHERE kind = 'auto-reply'`)).toBe(1);
    expect(await h.count(`SELECT count(*) n FROM outbox WHERE kind = 'reply-acknowledgement'`)).toBe(0);
  });

  it('answers a contributor once a day for their replies, as for contributions', async () => {
    const c = await contribute(TWO_AGREEMENTS);
    await ingestMessage(reply('For the Nordic Cyber Declaration, the year should be 2021.', { inReplyTo: c.ackId }), 'test', deps());
    await ingestMessage(reply('For the Nordic Cyber Declaration, the maintainer is the Nordic Council.', { inReplyTo: c.ackId }), 'test', deps());
    expect(await h.count(`SELECT count(*) n FROM outbox WHERE kind = 'reply-acknowledgement'`)).toBe(1);
    expect(await h.count(`SELECT count(*) n FROM contribution_replies WHERE ack_reason = 'sender-daily-limit'`)).toBe(1);
    // both corrections join the one open proposed edit of the draft
    expect((await moderation().getDraft(c.draftIds[1]!))?.proposedEdit?.patch).toEqual({ launchYear: 2021, maintainer: 'the Nordic Council' });
  });
});
