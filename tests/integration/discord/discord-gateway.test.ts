import { GatewayIntentBits, GatewayOpcodes } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { button, IDS, MOD_ANNA } from './discord-payloads.js';
import { openDiscordRig, type DiscordRig } from './discord-rig.js';
import { insertDraft } from '../../helpers/draft-builder.js';

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
