import { GatewayIntentBits, GatewayOpcodes } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { button, IDS, MOD_ANNA } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { NO_ANSWERS } from '../../helpers/answer-deps-for.js';
import { startDiscordBot } from '../../../src/bots/discord/start-discord-bot.js';
import { silentLogger } from '../../../src/logger.js';
import { startFakeDiscordApi } from '../../helpers/fake-discord-api.js';
import { startFakeDiscordGateway } from '../../helpers/fake-discord-gateway.js';

let rig: DiscordRig;
beforeEach(async () => {
  rig = await openDiscordRig();
});
afterEach(async () => {
  await rig.close();
});

describe('Discord over a real gateway connection', () => {
  it('identifies with the token and without the privileged Message Content intent', () => {
    expect(rig.gateway.identifies).toHaveLength(1);
    const [identify] = rig.gateway.identifies;
    expect(identify!.op).toBe(GatewayOpcodes.Identify);
    expect(identify!.d.token).toBe('fake-bot-token-0000000000');
    const intents = identify!.d.intents as number;
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
  });

  it('is ready as the user READY announced, with the guild roles GUILD_CREATE sent', () => {
    const client = rig.bot.deps.client;
    expect(client.user?.id).toBe(IDS.bot);
    expect(client.guilds.cache.get(IDS.guild)?.roles.cache.has(IDS.moderatorRole)).toBe(true);
  });

  it('acts on an interaction dispatched over the gateway', async () => {
    const draftId = await insertDraft(rig.fixture.store.db, { fields: { name: 'Gateway Accord' } });
    await rig.dispatch(button(MOD_ANNA, `nb:approve:${draftId}`, '900000000000000001'));
    const callback = rig.fake.calls.find((c) => c.path.endsWith('/callback'));
    expect(callback?.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/^Approve draft \d+\? "Gateway Accord" becomes a new agreement/) } });
  });
});

describe('Discord at start', () => {
  const config = (api: string) => ({ DISCORD_TOKEN: 'fake-bot-token-0000000000', DISCORD_MODERATION_CHANNEL_ID: IDS.channel, DISCORD_API_URL: api });
  const deps = { moderation: {} as never, answers: NO_ANSWERS, loadCatalog: () => Promise.reject(new Error('unused')), logger: silentLogger() };

  it('stops with an error naming DISCORD_TOKEN when Discord refuses the login', async () => {
    const fake = await startFakeDiscordApi();
    fake.failNext('GET', /\/gateway\/bot$/, 401, { message: '401: Unauthorized', code: 0 });
    try {
      await expect(startDiscordBot({ config: config(fake.api), ...deps })).rejects.toMatchObject({ code: 'DISCORD_LOGIN_FAILED', message: expect.stringMatching(/check DISCORD_TOKEN/) });
    } finally {
      await fake.close();
    }
  });

  it('warns when no moderator role is set and when the bot cannot see the moderators channel', async () => {
    const gateway = await startFakeDiscordGateway({ user: { id: IDS.bot, username: 'normbot' }, applicationId: IDS.app, guilds: [] });
    const fake = await startFakeDiscordApi({ gatewayUrl: gateway.url });
    fake.failNext('GET', new RegExp(`/channels/${IDS.channel}$`), 403, { message: 'Missing Access', code: 50001 });
    const bot = await startDiscordBot({ config: config(fake.api), ...deps });
    try {
      expect(bot.warnings).toEqual([
        'DISCORD_MODERATOR_ROLE_ID is not set: nobody can moderate drafts from Discord',
        `the bot cannot see DISCORD_MODERATION_CHANNEL_ID=${IDS.channel} (Missing Access); invite the bot and let it view, send and create threads there`,
      ]);
    } finally {
      await bot.stop();
      await gateway.close();
      await fake.close();
    }
  });
});
