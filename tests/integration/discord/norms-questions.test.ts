import { ChannelType, ClientUser } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDraft } from '../../helpers/draft-builder.js';
import { autocompleteNorms, button, IDS, MEMBER_CARL, MOD_ANNA, slashNorms, type FakeUser } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';
import { aDiscordMessage } from '../../helpers/a-discord-message.js';

let rig: DiscordRig;

const callbacks = () => rig.fake.calls.filter((c) => c.path.endsWith('/callback'));
const lastCallback = () => callbacks().at(-1)!.body;
const originalEdits = () => rig.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original')).map((c) => c.body);

beforeEach(async () => {
  rig = await openDiscordRig();
});
afterEach(async () => {
  await rig.close();
});

describe('/norms questions on Discord', () => {
  it('answers /norms ask through the core, deferred first, in pages with Prev/Next', async () => {
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'Which agreements cover critical infrastructure protection?' }));
    expect(callbacks()[0]!.body).toEqual({ type: 5, data: { flags: 0 } });
    const answer = originalEdits().at(-1)!;
    expect(answer.embeds[0].title).toContain('2.1');
    const nav = answer.components.at(-1).components;
    expect(nav.map((b: any) => b.label)).toEqual(['\u25c0 Prev', '1/2', 'Next \u25b6']);

    await rig.dispatch(button(MEMBER_CARL, nav[2].custom_id, '990000000000000009'));
    const page2 = lastCallback();
    expect(page2.type).toBe(7);
    expect(page2.data.components.at(-1).components[1].label).toBe('2/2');
    expect(page2.data.embeds[0].description).not.toBe(answer.embeds[0].description);
  });

  it('asks the user to ask again when a page button outlived the cache', async () => {
    await rig.dispatch(button(MEMBER_CARL, 'nb:page:unknownkey123:1:n', '990000000000000009'));
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(lastCallback().data.content).toContain('ask the question again');
  });

  it('autocompletes agreement names from the catalog, at most 25', async () => {
    await rig.dispatch(autocompleteNorms(MEMBER_CARL, 'agreement', 'name', 'paris'));
    const choices = lastCallback();
    expect(choices.type).toBe(8);
    expect(choices.data.choices[0].name).toMatch(/Paris Call/);
    await rig.dispatch(autocompleteNorms(MEMBER_CARL, 'agreement', 'name', ''));
    expect(lastCallback().data.choices).toHaveLength(25);
  });

  it('autocompletes norm elements by synonym', async () => {
    await rig.dispatch(autocompleteNorms(MEMBER_CARL, 'element', 'name', 'critical infra'));
    expect(lastCallback().data.choices[0]).toMatchObject({ value: '2.1' });
  });

  it('answers /norms agreement with the chosen agreement', async () => {
    const catalog = await rig.fixture.store.catalog.loadSnapshot();
    const paris = catalog.agreements.find((a) => /Paris Call/.test(a.name))!;
    await rig.dispatch(slashNorms(MEMBER_CARL, 'agreement', { name: String(paris.id) }));
    expect(JSON.stringify(originalEdits().at(-1).embeds)).toContain('Paris Call');
  });

  it('answers /norms element with the element and its agreements', async () => {
    await rig.dispatch(slashNorms(MEMBER_CARL, 'element', { name: '2.1' }));
    expect(JSON.stringify(originalEdits().at(-1).embeds)).toMatch(/2\.1/);
  });

  it('lists pending drafts privately for a moderator', async () => {
    await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.dispatch(slashNorms(MOD_ANNA, 'drafts'));
    expect(callbacks()[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(JSON.stringify(originalEdits().at(-1))).toContain('Baltic Cyber Pledge');
  });

  it('refuses /norms drafts to a member without the moderator role', async () => {
    await rig.dispatch(slashNorms(MEMBER_CARL, 'drafts'));
    expect(callbacks()).toHaveLength(1);
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(lastCallback().data.content).toContain('Only moderators');
  });

  it('runs a moderation command typed into /norms ask privately and updates the card', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.bot.postDraftCard(draftId);
    await rig.dispatch(slashNorms(MOD_ANNA, 'ask', { question: `approve ${draftId}` }));
    expect(callbacks()[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect((await rig.fixture.moderation.getDraft(draftId))!.status).toBe('approved');
    const cardId = (await rig.bot.deps.cardPosts.get(draftId))!.messageId;
    const cardEdit = rig.fake.calls.find((c) => c.method === 'PATCH' && c.path.endsWith(`/messages/${cardId}`));
    expect(JSON.stringify(cardEdit!.body.embeds)).toContain('approved by Anna Moderator');
  });

  it('refuses a moderation command typed into /norms ask by a member, privately', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: `approve ${draftId}` }));
    expect(callbacks()[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(JSON.stringify(originalEdits().at(-1))).toContain('Only moderators');
    expect((await rig.fixture.moderation.getDraft(draftId))!.status).toBe('pending');
  });

  it('apologises when answering fails, without a stack trace', async () => {
    rig.bot.deps.loadCatalog = () => Promise.reject(new Error('disk on fire'));
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'what is 2.5?' }));
    expect(originalEdits().at(-1).content).toContain('Something went wrong');
    expect(JSON.stringify(rig.fake.calls)).not.toContain('disk on fire');
  });

  it('logs only the message and code of a failure, not the payload the error carries', async () => {
    const logs = rig.captureLogs();
    rig.bot.deps.loadCatalog = () => Promise.reject(Object.assign(new Error('disk on fire'), { code: 'EIO', requestBody: { json: { content: 'contributor secret text' } } }));
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'what is 2.5?' }));
    expect(logs.join('\n')).toMatch(/disk on fire.*EIO/);
    expect(logs.join('\n')).not.toContain('contributor secret text');
  });

  it('refuses an unknown subcommand privately', async () => {
    await rig.dispatch(slashNorms(MEMBER_CARL, 'explode'));
    expect(lastCallback()).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it('answers from the catalog with an agreement approved from a Discord card', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Nordic Cyber Stability Accord' } });
    await rig.bot.postDraftCard(draftId);
    await rig.dispatch(button(MOD_ANNA, `nb:approve:${draftId}`, (await rig.bot.deps.cardPosts.get(draftId))!.messageId));
    await rig.dispatch(slashNorms(MEMBER_CARL, 'ask', { question: 'What does the Nordic Cyber Stability Accord cover?' }));
    expect(JSON.stringify(originalEdits().at(-1).embeds)).toContain('Nordic Cyber Stability Accord');
  });
});

describe('mentions and direct messages', () => {
  const client = () => rig.bot.deps.client as any;
  const rawMessage = (author: FakeUser & { bot?: boolean }, content: string, guild: boolean) => ({
    ...aDiscordMessage({
      id: String(900000000000000000n + BigInt(Math.floor(Math.random() * 1e6))),
      channel_id: guild ? IDS.channel : '100000000000000099',
      author: { id: author.id, username: author.username, discriminator: '0', avatar: null, global_name: author.globalName, ...(author.bot ? { bot: true } : {}) },
      content,
    }),
    ...(guild ? { guild_id: IDS.guild, member: { roles: author.roles, joined_at: '2026-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 } } : { channel_type: ChannelType.DM }),
  });
  const deliver = async (raw: unknown) => {
    client().actions.MessageCreate.handle(raw);
    await rig.bot.idle();
  };
  const sent = () => rig.fake.calls.filter((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path));

  beforeEach(() => {
    // what the READY packet and GUILD_CREATE would have cached (TEST-RIG.md section 4)
    client().user = new (ClientUser as unknown as new (c: unknown, d: unknown) => ClientUser)(client(), { id: IDS.bot, username: 'normbot', discriminator: '0', bot: true, avatar: null });
    const role = (id: string, name: string) => ({ id, name, color: 0, hoist: false, position: 1, permissions: '0', managed: false, mentionable: false, flags: 0 });
    const roles = [role(IDS.moderatorRole, 'moderators'), role(IDS.otherRole, 'members')];
    const guild = client().guilds._add({ id: IDS.guild, name: 'BPF', roles, emojis: [], features: [], channels: [], members: [] });
    client().channels._add({ id: IDS.channel, type: ChannelType.GuildText, name: 'general', guild_id: IDS.guild }, guild);
  });

  it('answers a mention in a channel as a reply that pings nobody', async () => {
    await deliver(rawMessage(MEMBER_CARL, `<@${IDS.bot}> which agreements cover critical infrastructure protection?`, true));
    const [reply] = sent();
    expect(reply!.body.message_reference).toMatchObject({ message_id: expect.any(String) });
    expect(reply!.body.embeds[0].title).toContain('2.1');
    expect(reply!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('apologises in a reply that pings nobody when answering a mention fails, and logs no payload', async () => {
    const logs = rig.captureLogs();
    rig.bot.deps.loadCatalog = () => Promise.reject(Object.assign(new Error('disk on fire'), { code: 'EIO', requestBody: { json: { content: 'contributor secret text' } } }));
    await deliver(rawMessage(MEMBER_CARL, `<@${IDS.bot}> what is 2.5?`, true));
    const [reply, ...others] = sent();
    expect(others).toEqual([]);
    expect(reply!.body.content).toBe('Something went wrong answering that; the moderators have been told in the logs.');
    expect(reply!.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(JSON.stringify(rig.fake.calls)).not.toContain('disk on fire');
    expect(logs.join('\n')).toMatch(/disk on fire.*EIO/);
    expect(logs.join('\n')).not.toContain('contributor secret text');
  });

  it('ignores channel messages that do not mention the bot', async () => {
    await deliver(rawMessage(MEMBER_CARL, 'which agreements cover critical infrastructure protection?', true));
    expect(sent()).toEqual([]);
  });

  it('ignores messages from bots, even when they mention it', async () => {
    await deliver(rawMessage({ ...MEMBER_CARL, bot: true }, `<@${IDS.bot}> drafts`, true));
    expect(sent()).toEqual([]);
  });

  it('answers a direct message', async () => {
    await deliver(rawMessage(MEMBER_CARL, 'what is 2.5?', false));
    expect(sent()).toHaveLength(1);
    expect(JSON.stringify(sent()[0]!.body)).toMatch(/2\.5/);
  });

  it('sends a refusal for a member\'s typed command to their DMs, not the channel', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await deliver(rawMessage(MEMBER_CARL, `<@${IDS.bot}> approve ${draftId}`, true));
    expect(rig.fake.calls.find((c) => c.path === '/api/v10/users/@me/channels')!.body).toEqual({ recipient_id: MEMBER_CARL.id });
    const [dm, ...others] = sent();
    expect(others).toEqual([]);
    expect(dm!.path).toBe('/api/v10/channels/100000000000000077/messages');
    expect(dm!.body.content).toContain('Only moderators');
    expect((await rig.fixture.moderation.getDraft(draftId))!.status).toBe('pending');
  });

  it('runs a moderator\'s typed command and updates the draft card', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Baltic Cyber Pledge' } });
    await rig.bot.postDraftCard(draftId);
    const cardId = (await rig.bot.deps.cardPosts.get(draftId))!.messageId;
    await deliver(rawMessage(MOD_ANNA, `<@${IDS.bot}> reject ${draftId} out of scope`, true));
    expect(await rig.fixture.moderation.getDraft(draftId)).toMatchObject({ status: 'rejected', reason: 'out of scope' });
    const cardEdit = rig.fake.calls.find((c) => c.method === 'PATCH' && c.path === `/api/v10/channels/${IDS.channel}/messages/${cardId}`);
    expect(JSON.stringify(cardEdit!.body.embeds)).toContain('rejected by Anna Moderator');
  });
});
