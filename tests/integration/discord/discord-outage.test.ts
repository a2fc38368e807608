import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCardLedger } from '../../../src/store/card-ledger.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { button, IDS, MOD_ANNA } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';

let rig: DiscordRig;
beforeEach(async () => {
  rig = await openDiscordRig();
});
afterEach(async () => {
  await rig.close();
});

const cardPosts = () => rig.fake.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`);
const card = async (id: number) => createCardLedger(rig.fixture.store.db).get('discord', { kind: 'draft', id });

async function postedDraft(): Promise<number> {
  const id = await insertDraft(rig.fixture.store.db, { fields: { name: 'Outage Accord' } });
  await rig.publisher.repair();
  await rig.publisher.idle();
  return id;
}

describe('Discord when Discord fails', () => {
  it('answers the moderator, tries the card three times through 500s, and leaves it to the repair', async () => {
    const id = await postedDraft();
    const cardId = (await card(id))!.messageId;
    for (let n = 0; n < 4; n++) rig.fake.failNext('PATCH', new RegExp(`/channels/${IDS.channel}/messages/${cardId}$`), 500, { message: 'Internal Server Error', code: 0 });
    await rig.dispatch(button(MOD_ANNA, `nb:approve-yes:${id}`, '990000000000000001'));
    const patches = rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith(`/messages/${cardId}`));
    const answer = rig.fake.calls.find((c) => c.method === 'PATCH' && c.path.endsWith('/@original'))!;
    expect(answer.body.content).toMatch(new RegExp(`^Approved draft ${id}`));
    expect(answer.at).toBeLessThan(patches[0]!.at);
    expect(patches).toHaveLength(3);
    expect(await rig.publisher.repair()).toBe(1);
    await rig.publisher.idle();
    expect(JSON.stringify(rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith(`/messages/${cardId}`)).at(-1)!.body.embeds)).toContain('approved by Anna Moderator');
  });

  it('posts the card again when its message was deleted (Unknown Message)', async () => {
    const id = await postedDraft();
    const first = (await card(id))!.messageId;
    rig.fake.failNext('PATCH', new RegExp(`/messages/${first}$`), 404, { message: 'Unknown Message', code: 10008 });
    await rig.moderation.claim(id, { platform: 'discord', id: MOD_ANNA.id, name: 'Anna Moderator' });
    await rig.publisher.idle();
    const again = (await card(id))!.messageId;
    expect(again).not.toBe(first);
    expect(cardPosts()).toHaveLength(2);
    expect(JSON.stringify(cardPosts()[1]!.body.embeds)).toContain('claimed by Anna Moderator');
  });

  it('writes decisions as replies to the card when it may not open a thread', async () => {
    rig.fake.failNext('POST', /\/threads$/, 403, { message: 'Missing Permissions', code: 50013 });
    const id = await postedDraft();
    const post = (await card(id))!;
    expect(post.threadId).toBeNull();
    await rig.moderation.reject(id, { platform: 'slack', id: 'U1', name: 'Alice' }, 'duplicate');
    await rig.publisher.idle();
    const note = cardPosts().at(-1)!.body;
    expect(note).toMatchObject({ message_reference: { message_id: post.messageId, fail_if_not_exists: false }, allowed_mentions: { parse: [] } });
    expect(note.content).toMatch(new RegExp(`^Draft ${id} rejected by Alice`));
  });

  it('does not retry a card Discord refuses for good (403)', async () => {
    rig.fake.failNext('POST', new RegExp(`/channels/${IDS.channel}/messages$`), 403, { message: 'Missing Access', code: 50001 });
    await insertDraft(rig.fixture.store.db, { fields: { name: 'Forbidden Accord' } });
    await rig.publisher.repair();
    await rig.publisher.idle();
    expect(rig.fake.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`)).toHaveLength(1);
  });
});
