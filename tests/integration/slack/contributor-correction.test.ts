import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outboxMessageId } from '../../../src/intake/outbox/send-due-mail.js';
import { createCardLedger } from '../../../src/store/card-ledger.js';
import { buildMail } from '../../unit/intake/ingest/build-mail.js';
import { LISTED_MOD, MEMBER, startSlackHarness, type SlackHarness } from './start-slack-harness.js';

const ADA = 'Ada Lovelace <ada@example.test>';
const CHARTER = [
  'Name of agreement: Global Charter for Tech Cooperation',
  'Date of launch: 2019',
  'Which organization maintains the agreement? Tech Cooperation Foundation',
  '',
  'About you',
  'Name: Ada Lovelace',
].join('\n');

let h: SlackHarness;
let dir: string;
beforeEach(async () => {
  h = await startSlackHarness();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'normbot-correction-'));
});
afterEach(async () => {
  await h.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/** Writes a mail where intake reads it from, and ingests it as main does (cards follow). */
async function deliver(name: string, raw: Buffer): Promise<number[]> {
  const file = path.join(dir, name);
  await fs.writeFile(file, raw);
  return h.ingest(file);
}

/** The contribution, then the contributor's answer to our acknowledgement with a correction above the quote. */
async function correctedDraft(correction: string): Promise<number> {
  const [draftId] = await deliver('contribution.eml', buildMail({ from: ADA, body: CHARTER, messageId: '<charter@example.test>' }));
  const ack = await h.store.db.get<{ dedupe_key: string; body: string }>(`SELECT dedupe_key, body FROM outbox WHERE kind = 'acknowledgement'`);
  const ackId = outboxMessageId(ack!.dedupe_key, 'normbot@bpf.example');
  const quoted = ack!.body.split('\n').map((l) => `> ${l}`).join('\n');
  await deliver(
    'reply.eml',
    buildMail({ from: ADA, subject: 'Re: your acknowledgement', body: `${correction}\n\nOn Mon, 2 Mar 2026 at 10:00, normbot <normbot@bpf.example> wrote:\n${quoted}\n`, headers: { 'In-Reply-To': ackId, References: `<charter@example.test> ${ackId}` } }),
  );
  return draftId!;
}

const buttons = (call: { args: Record<string, unknown> } | undefined) =>
  ((call?.args.blocks as Array<{ type: string; elements?: Array<{ action_id: string }> }>) ?? []).find((b) => b.type === 'actions')?.elements?.map((e) => e.action_id) ?? [];
/** Slack's text with its escapes read back */
const plain = (text: unknown) => String(text).replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
const lastNote = () => plain(h.fake.callsTo('response').at(-1)?.args.text);

describe("the contributor's correction on a Slack card", () => {
  it('redraws the card with the correction and Accept/Decline; accepting it from Slack makes the next version, which approval puts in the catalog', async () => {
    const draftId = await correctedDraft('Thanks! One correction: the maintainer is the Global Tech Secretariat.');
    const card = (await createCardLedger(h.store.db).get('slack', { kind: 'draft', id: draftId }))!;
    const redrawn = h.fake.callsTo('chat.update').filter((c) => c.args.ts === card.messageId).at(-1);
    expect(plain(redrawn?.args.text)).toContain("Correction proposed by the contributor: maintainer: 'Tech Cooperation Foundation' -> 'the Global Tech Secretariat'");
    expect(buttons(redrawn)).toEqual(['accept-edit', 'decline-edit', 'approve', 'edit', 'reject', 'merge']);

    await h.click('accept-edit', String(draftId), MEMBER);
    expect((await h.draft(draftId)).fields.maintainer).toBe('Tech Cooperation Foundation');

    await h.click('accept-edit', String(draftId), LISTED_MOD);
    expect(lastNote()).toBe(`Accepted the contributor's correction of draft ${draftId} (version 2): maintainer: 'Tech Cooperation Foundation' -> 'the Global Tech Secretariat'`);
    expect(await h.draft(draftId)).toMatchObject({ version: 2, fields: { maintainer: 'the Global Tech Secretariat' }, proposedEdit: null });
    expect(buttons(h.fake.callsTo('chat.update').at(-1))).toEqual(['approve', 'edit', 'reject', 'merge']);

    await h.click('approve', String(draftId), LISTED_MOD);
    const catalog = await h.store.catalog.loadSnapshot();
    expect(catalog.agreements.find((a) => a.name === 'Global Charter for Tech Cooperation')?.maintainer).toBe('the Global Tech Secretariat');
  });

  it('declines it from Slack: the draft keeps its fields and the card its decisions', async () => {
    const draftId = await correctedDraft('Please change the year to 2017.');
    await h.click('decline-edit', String(draftId), LISTED_MOD);
    expect(lastNote()).toBe(`Declined the contributor's correction of draft ${draftId} (year: '2019' -> '2017'); the draft is unchanged.`);
    expect(await h.draft(draftId)).toMatchObject({ version: 1, fields: { launchYear: 2019 }, proposedEdit: null });
    expect(buttons(h.fake.callsTo('chat.update').at(-1))).toEqual(['approve', 'edit', 'reject', 'merge']);
  });
});
