import { ChannelType, Events } from 'discord.js';
import { pino } from 'pino';
import { createCardPublisher, type CardPublisher } from '../../../src/bots/desk/create-card-publisher.js';
import { startDiscordBot, type DiscordBot } from '../../../src/bots/discord/start-discord-bot.js';
import { createDeskEvents, type DeskEvents } from '../../../src/core/desk/desk-event.js';
import { createModeration } from '../../../src/core/moderation/create-moderation.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { silentLogger, type Logger } from '../../../src/logger.js';
import { createCardLedger } from '../../../src/store/card-ledger.js';
import { createModerationStore } from '../../../src/store/moderation-store.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../../helpers/fake-discord-api.js';
import { answerDepsFor } from '../../helpers/answer-deps-for.js';
import { startFakeDiscordGateway, type FakeDiscordGateway } from '../../helpers/fake-discord-gateway.js';
import { openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';
import { QUICK_RETRY } from '../slack/start-slack-harness.js';
import { IDS } from './discord-payloads.js';

export interface DiscordRig {
  fixture: ModerationFixture;
  /** the moderation the bot uses: its changes reach the publisher at once */
  moderation: Moderation;
  events: DeskEvents;
  fake: FakeDiscordApi;
  gateway: FakeDiscordGateway;
  bot: DiscordBot;
  publisher: CardPublisher;
  /** sends an INTERACTION_CREATE over the gateway and waits for the handler and the cards it caused */
  dispatch(raw: unknown): Promise<void>;
  /** several interactions at once (two moderators clicking together), then waits for all */
  dispatchAll(raws: unknown[]): Promise<void>;
  /** sends a MESSAGE_CREATE over the gateway and waits the same way */
  deliver(raw: unknown): Promise<void>;
  /** from now on, the bot's log lines (raw JSON) are collected in the returned array */
  captureLogs(): string[];
  close(): Promise<void>;
}

const role = (id: string, name: string) => ({ id, name, color: 0, hoist: false, position: 1, permissions: '0', managed: false, mentionable: false, flags: 0 });

/** The guild as GUILD_CREATE delivers it: the roles and the channel the client must know. */
export const GUILD = {
  id: IDS.guild,
  name: 'BPF',
  unavailable: false,
  roles: [role(IDS.guild, '@everyone'), role(IDS.moderatorRole, 'moderators'), role(IDS.otherRole, 'members')],
  emojis: [],
  features: [],
  stickers: [],
  channels: [{ id: IDS.channel, type: ChannelType.GuildText, name: 'moderators', guild_id: IDS.guild, position: 0, permission_overwrites: [] }],
  members: [],
  threads: [],
  member_count: 3,
  joined_at: '2026-01-01T00:00:00.000Z',
};

/**
 * The real bot on the real discord.js client: it logs in over a real WebSocket to a fake gateway
 * (HELLO, IDENTIFY, READY, GUILD_CREATE, then dispatches), its REST goes to a recording local
 * server, over a real SQLite store with the real moderation and the real card publisher.
 */
export async function openDiscordRig(options: { logger?: Logger } = {}): Promise<DiscordRig> {
  const fixture = await openModerationFixture();
  const gateway = await startFakeDiscordGateway({ user: { id: IDS.bot, username: 'normbot' }, applicationId: IDS.app, guilds: [GUILD] });
  const fake = await startFakeDiscordApi({ gatewayUrl: gateway.url });
  const events = createDeskEvents();
  const now = fixture.clock.now;
  const moderation = createModeration({ store: createModerationStore(fixture.store, now), now, events });
  const loadCatalog = () => fixture.store.catalog.loadSnapshot();
  const logger = options.logger ?? silentLogger();
  const config = { DISCORD_TOKEN: 'fake-bot-token-0000000000', DISCORD_MODERATOR_ROLE_ID: IDS.moderatorRole, DISCORD_MODERATION_CHANNEL_ID: IDS.channel, DISCORD_API_URL: fake.api };
  const bot = await startDiscordBot({ config, moderation, answers: answerDepsFor(fixture.store, now), loadCatalog, logger, now });
  const ledger = createCardLedger(fixture.store.db);
  const publisher = createCardPublisher({ channels: [bot.channel!], ledger, moderation, loadCatalog, now, logger, retry: QUICK_RETRY });
  events.subscribe((e) => publisher.handle(e));
  const client = bot.deps.client;
  // the guild's roles and channel must be cached before the first interaction arrives
  if (!client.guilds.cache.has(IDS.guild)) await new Promise((resolve) => client.once(Events.GuildCreate, resolve));
  const sendAndWait = async (event: string, clientEvent: Events.InteractionCreate | Events.MessageCreate, ...raws: unknown[]) => {
    const seen = new Promise<void>((resolve, reject) => {
      let left = raws.length;
      const timer = setTimeout(() => reject(new Error(`discord.js never emitted ${clientEvent} for the ${event} sent`)), 5_000);
      const listener = () => {
        left -= 1;
        if (left > 0) return;
        clearTimeout(timer);
        client.off(clientEvent, listener);
        resolve();
      };
      client.on(clientEvent, listener);
    });
    for (const raw of raws) gateway.dispatch(event, raw);
    await seen;
    await bot.idle();
    await publisher.idle();
  };
  return {
    fixture,
    moderation,
    events,
    fake,
    gateway,
    bot,
    publisher,
    dispatch: (raw) => sendAndWait('INTERACTION_CREATE', Events.InteractionCreate, raw),
    dispatchAll: (raws) => sendAndWait('INTERACTION_CREATE', Events.InteractionCreate, ...raws),
    deliver: (raw) => sendAndWait('MESSAGE_CREATE', Events.MessageCreate, raw),
    captureLogs() {
      const lines: string[] = [];
      bot.deps.logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
      return lines;
    },
    async close() {
      await bot.stop();
      await gateway.close();
      await fake.close();
      await fixture.cleanup();
    },
  };
}
