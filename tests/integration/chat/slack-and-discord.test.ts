import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDiscordBot, type DiscordBot } from '../../../src/bots/discord/start-discord-bot.js';
import { silentLogger } from '../../../src/logger.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../../helpers/fake-discord-api.js';
import { button, IDS, MOD_ANNA } from '../discord/discord-payloads.js';
import { startSlackHarness, type SlackHarness } from '../slack/start-slack-harness.js';

// Slack and Discord at the same time on one catalog: the real Bolt app and the real discord.js
// client over one SQLite store, each with its Web API pointed at a local recording server.
let slack: SlackHarness;
let discordApi: FakeDiscordApi;
let discord: DiscordBot;

beforeEach(async () => {
  slack = await startSlackHarness();
  discordApi = await startFakeDiscordApi();
  discord = await startDiscordBot({
    config: { DISCORD_TOKEN: 'fake-bot-token-0000000000', DISCORD_MODERATOR_ROLE_ID: IDS.moderatorRole, DISCORD_MODERATION_CHANNEL_ID: IDS.channel, DISCORD_API_URL: discordApi.api },
    db: slack.store.db,
    moderation: slack.moderation,
    loadCatalog: () => slack.store.catalog.loadSnapshot(),
    logger: silentLogger(),
    connect: false,
  });
});
afterEach(async () => {
  await discord.stop();
  await discordApi.close();
  await slack.close();
});

const discordCardEdits = () => discordApi.calls.filter((c) => c.method === 'PATCH' && c.path.startsWith(`/api/v10/channels/${IDS.channel}/messages/`));

describe('Slack and Discord on one catalog', () => {
  it('shows a draft approved in Slack as decided on its Discord card', async () => {
    const [draftId] = await slack.ingest('D03-html-table.eml');
    expect((await slack.bot.syncDraftCards()).posted).toBe(1);
    expect((await discord.syncDraftCards()).posted).toBe(1);

    expect((await slack.click('approve', String(draftId))).status).toBe(200);
    expect((await slack.draft(draftId!)).status).toBe('approved');

    expect(await discord.syncDraftCards()).toEqual({ posted: 0, updated: 1 });
    const edit = JSON.stringify(discordCardEdits().at(-1)?.body);
    expect(edit).toMatch(/approved by umod1/i);
    expect(edit).not.toMatch(/"custom_id":"nb:approve:/);
  });

  it('shows a draft approved in Discord as decided on its Slack card', async () => {
    const [draftId] = await slack.ingest('D03-html-table.eml');
    await slack.bot.syncDraftCards();
    await discord.syncDraftCards();
    const post = await discord.deps.cardPosts.get(draftId!);

    const client = discord.deps.client as unknown as { actions: { InteractionCreate: { handle(d: unknown): void } } };
    client.actions.InteractionCreate.handle(button(MOD_ANNA, `nb:approve:${draftId}`, post!.messageId));
    await discord.idle();
    expect((await slack.draft(draftId!)).status).toBe('approved');

    expect(await slack.bot.syncDraftCards()).toMatchObject({ updated: 1 });
    const update = slack.fake.callsTo('chat.update').at(-1);
    expect(JSON.stringify(update?.args.blocks)).toMatch(/approved by Anna/i);
  });
});
