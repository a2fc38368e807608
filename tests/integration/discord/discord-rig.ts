import { pino } from 'pino';
import { silentLogger } from '../../../src/logger.js';
import { startDiscordBot, type DiscordBot } from '../../../src/bots/discord/start-discord-bot.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../../helpers/fake-discord-api.js';
import { openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';
import { IDS } from './discord-payloads.js';

export interface DiscordRig {
  fixture: ModerationFixture;
  fake: FakeDiscordApi;
  bot: DiscordBot;
  /** feeds a raw gateway INTERACTION_CREATE payload to the real client and waits for the handler */
  dispatch(raw: unknown): Promise<void>;
  /** from now on, the bot's log lines (raw JSON) are collected in the returned array */
  captureLogs(): string[];
  close(): Promise<void>;
}

/**
 * The real bot on the real discord.js client, REST pointed at a recording local server, over a
 * real SQLite store with the real moderation use cases. No gateway: payloads are fed as the
 * gateway would deliver them (TEST-RIG.md section 4).
 */
export async function openDiscordRig(): Promise<DiscordRig> {
  const fixture = await openModerationFixture();
  const fake = await startFakeDiscordApi();
  const bot = await startDiscordBot({
    config: {
      DISCORD_TOKEN: 'fake-bot-token-0000000000',
      DISCORD_MODERATOR_ROLE_ID: IDS.moderatorRole,
      DISCORD_MODERATION_CHANNEL_ID: IDS.channel,
      DISCORD_API_URL: fake.api,
    },
    db: fixture.store.db,
    moderation: fixture.moderation,
    loadCatalog: () => fixture.store.catalog.loadSnapshot(),
    logger: silentLogger(),
    now: fixture.clock.now,
    connect: false,
  });
  // `actions` is private in the typings (TEST-RIG.md section 4)
  const client = bot.deps.client as unknown as { actions: { InteractionCreate: { handle(d: unknown): void } } };
  return {
    fixture,
    fake,
    bot,
    async dispatch(raw) {
      client.actions.InteractionCreate.handle(raw);
      await bot.idle();
    },
    captureLogs() {
      const lines: string[] = [];
      bot.deps.logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
      return lines;
    },
    async close() {
      await bot.stop();
      await fake.close();
      await fixture.cleanup();
    },
  };
}
