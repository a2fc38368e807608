import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardPublisher } from '../../../src/bots/desk/create-card-publisher.js';
import { startDiscordBot, type DiscordBot } from '../../../src/bots/discord/start-discord-bot.js';
import { silentLogger } from '../../../src/logger.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../../helpers/fake-discord-api.js';
import { answerDepsFor } from '../../helpers/answer-deps-for.js';
import { startFakeDiscordGateway, type FakeDiscordGateway } from '../../helpers/fake-discord-gateway.js';
import { button, IDS, MOD_ANNA } from '../discord/discord-payloads.js';
import { GUILD } from '../discord/discord-rig.js';
import { startSlackHarness, type SlackHarness } from '../slack/start-slack-harness.js';

// Slack and Discord at the same time on one catalog, composed as src/main.ts composes them: the real
// Bolt app and the real discord.js client (over a real gateway connection) over one SQLite store,
// one card publisher drawing on both, each platform's API replaced by a local recording server.
let slack: SlackHarness;
let gateway: FakeDiscordGateway;
let discordApi: FakeDiscordApi;
let discord: DiscordBot;
let publisher: CardPublisher;

beforeEach(async () => {
  gateway = await startFakeDiscordGateway({ user: { id: IDS.bot, username: 'normbot' }, applicationId: IDS.app, guilds: [GUILD] });
  discordApi = await startFakeDiscordApi({ gatewayUrl: gateway.url });
  const config = { DISCORD_TOKEN: 'fake-bot-token-0000000000', DISCORD_MODERATOR_ROLE_ID: IDS.moderatorRole, DISCORD_MODERATION_CHANNEL_ID: IDS.channel, DISCORD_API_URL: discordApi.api };
  slack = await startSlackHarness({
    moreChannels: async ({ store, moderation }) => {
      discord = await startDiscordBot({ config, moderation, answers: answerDepsFor(store), loadCatalog: () => store.catalog.loadSnapshot(), logger: silentLogger() });
      return [discord.channel!];
    },
  });
  publisher = slack.publisher;
});
afterEach(async () => {
  await discord.stop();
  await gateway.close();
  await discordApi.close();
  await slack.close();
});

const discordCardEdits = () => discordApi.calls.filter((c) => c.method === 'PATCH' && c.path.startsWith(`/api/v10/channels/${IDS.channel}/messages/`));
const discordCards = () => discordApi.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`);

describe('Slack and Discord on one catalog', () => {
  it('posts a new draft on both platforms as it is ingested', async () => {
    const [draftId] = await slack.ingest('D03-html-table.eml');
    await publisher.idle();
    expect(slack.fake.callsTo('chat.postMessage').filter((c) => String(c.args.text).startsWith(`Draft ${draftId}:`))).toHaveLength(1);
    expect(discordCards().map((c) => c.body.embeds[0].title)).toEqual([expect.stringMatching(new RegExp(`^Draft ${draftId}: Directive on Security`))]);
  });

  it('shows a draft approved in Slack as decided on its Discord card at once, with no sync', async () => {
    const [draftId] = await slack.ingest('D03-html-table.eml');
    await publisher.idle();
    expect((await slack.click('approve', String(draftId))).status).toBe(200);
    await publisher.idle();
    const edit = JSON.stringify(discordCardEdits().at(-1)?.body);
    expect(edit).toMatch(/approved by umod1/i);
    expect(edit).not.toMatch(/"custom_id":"nb:approve:/);
  });

  it('shows a draft approved in Discord as decided on its Slack card at once', async () => {
    const [draftId] = await slack.ingest('D03-html-table.eml');
    await publisher.idle();
    const done = new Promise((resolve) => discord.deps.client.once('interactionCreate', resolve));
    gateway.dispatch('INTERACTION_CREATE', button(MOD_ANNA, `nb:approve-yes:${draftId}`, '990000000000000001'));
    await done;
    await discord.idle();
    await publisher.idle();
    expect((await slack.draft(draftId!)).status).toBe('approved');
    expect(JSON.stringify(slack.fake.callsTo('chat.update').at(-1)?.args.blocks)).toMatch(/approved by Anna Moderator/i);
  });
});
