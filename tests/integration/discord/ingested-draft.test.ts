import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskEventsOf } from '../../../src/intake/ingest/desk-events-of.js';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { silentLogger } from '../../../src/logger.js';
import { createCardLedger } from '../../../src/store/card-ledger.js';
import { button, IDS, MEMBER_CARL, MOD_ANNA, slashNorms } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';

const MAIL = path.resolve(import.meta.dirname, '../../fixtures/mail');

let rig: DiscordRig;
beforeEach(async () => {
  rig = await openDiscordRig();
});
afterEach(async () => {
  await rig.close();
});

/** The intake as main.ts runs it: ingest, then tell the desk. */
async function ingest(file: string) {
  const { store } = rig.fixture;
  const outcome = await ingestMessage(await fs.readFile(path.join(MAIL, file)), 'test', {
    db: store.db, parse: parseEmail, catalog: () => store.catalog.loadSnapshot(), smtpFrom: 'normbot@bpf.example', logger: silentLogger(), now: rig.fixture.clock.now,
  });
  deskEventsOf(outcome).forEach(rig.events.emit);
  await rig.publisher.idle();
  if (outcome.status !== 'processed') throw new Error(`ingest gave ${outcome.status}`);
  return outcome;
}

const channelPosts = () => rig.fake.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`);

describe('mail through Discord moderation', () => {
  it('posts a card per draft as the mail is ingested, approves one from Discord and answers with it', async () => {
    const { draftIds } = await ingest('seed-aspi-inline.eml');
    expect(draftIds).toHaveLength(3);
    expect(channelPosts()).toHaveLength(3);
    const draftId = draftIds[0]!;
    const name = (await rig.moderation.getDraft(draftId))!.fields.name;
    const card = (await createCardLedger(rig.fixture.store.db).get('discord', { kind: 'draft', id: draftId }))!;
    await rig.dispatch(button(MOD_ANNA, `nb:approve-yes:${draftId}`, card.messageId));
    const draft = (await rig.moderation.getDraft(draftId))!;
    expect(draft.status).toBe('approved');
    await rig.dispatch(slashNorms(MEMBER_CARL, 'agreement', { name: String(draft.agreementId) }));
    const answer = rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/@original')).at(-1)!.body;
    expect(answer.embeds[0].title).toBe(name);
    // the sender's address is kept for the reply mail only
    const payloads = JSON.stringify(rig.fake.calls);
    expect(payloads).not.toContain('barthogeveen');
    expect(payloads).not.toMatch(/@aspi\.org\.au/);
  });

  it('posts a "needs a look" card for a mail that became no draft, and makes a draft from it', async () => {
    const outcome = await ingest('unsorted-letter.eml');
    expect(outcome.draftIds).toEqual([]);
    const itemId = outcome.unsortedId!;
    const [post] = channelPosts();
    const card = JSON.stringify(post!.body.embeds).replace(/\\\\/g, '');
    expect(post!.body.embeds[0].title).toBe(`Needs a look ${itemId}: Workshop on cyber diplomacy in West Africa`);
    expect(card).toContain('Mireille Okafor');
    expect(card).toContain('workshop-agenda.ics');
    expect(card).toContain('We are organising a workshop on cyber diplomacy in Accra');
    expect(card).not.toContain('civic-example.org');
    expect(card).not.toContain('Please send us your contributions');
    expect(post!.body.components[0].components.map((b: any) => [b.label, b.custom_id])).toEqual([['Make a draft', `nb:unsorted-draft:${itemId}`], ['Not a contribution', `nb:unsorted-dismiss:${itemId}`]]);

    await rig.dispatch(button(MOD_ANNA, `nb:unsorted-draft:${itemId}`, post!.body.id ?? '1'));
    const item = (await rig.moderation.getUnsorted(itemId))!;
    expect(item).toMatchObject({ status: 'drafted', resolvedBy: { name: 'Anna Moderator' } });
    const [draftId] = item.draftIds;
    expect((await rig.moderation.getDraft(draftId!))!.fields.name).toBe('Untitled agreement from "Workshop on cyber diplomacy in West Africa" (name needed)');
    const posts = channelPosts();
    expect(posts).toHaveLength(2);
    expect(posts[1]!.body.embeds[0].title).toBe(`Draft ${draftId}: Untitled agreement from "Workshop on cyber diplomacy in West Africa" (name needed)`);
  });

  it('dismisses a "needs a look" item with a reason, kept with it', async () => {
    const { unsortedId } = await ingest('unsorted-letter.eml');
    await rig.dispatch(button(MOD_ANNA, `nb:unsorted-dismiss:${unsortedId}`, '1'));
    const modal = rig.fake.calls.filter((c) => c.path.endsWith('/callback')).at(-1)!.body;
    expect(modal).toMatchObject({ type: 9, data: { custom_id: `nb:dismiss-form:${unsortedId}` } });
    const { modalSubmit } = await import('./discord-payloads.js');
    await rig.dispatch(modalSubmit(MOD_ANNA, `nb:dismiss-form:${unsortedId}`, { reason: 'An invitation, not a contribution' }, '1'));
    expect(await rig.moderation.getUnsorted(unsortedId!)).toMatchObject({ status: 'dismissed', resolution: 'An invitation, not a contribution' });
    const edit = rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.startsWith(`/api/v10/channels/${IDS.channel}/messages/`)).at(-1)!;
    expect(JSON.stringify(edit.body.embeds)).toMatch(/dismissed by Anna Moderator at .*: An invitation, not a contribution/);
    expect(edit.body.components).toEqual([]);
  });
});
