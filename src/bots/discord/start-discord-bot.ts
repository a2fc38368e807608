import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Moderation } from '../../core/moderation/moderation-port.js';
import type { Logger } from '../../logger.js';
import type { Database } from '../../store/database.js';
import type { DiscordBotDeps } from './discord-bot-deps.js';
import type { DiscordConfig } from './discord-config.js';
import { createDraftCardPosts } from '../../store/draft-card-posts.js';
import { describeError } from '../describe-error.js';
import { startCardSync } from '../start-card-sync.js';
import { DiscordLoginError } from './discord-login-error.js';
import { handleDiscordInteraction } from './handle-discord-interaction.js';
import { handleDiscordMessage } from './handle-discord-message.js';
import { createPageCache } from './page-cache.js';
import { createKeyedQueue } from '../keyed-queue.js';
import { postDraftCard, syncDraftCard, syncDraftCards, type CardOutcome } from './sync-draft-card.js';

export interface DiscordBot {
  deps: DiscordBotDeps;
  /** re-render the draft's card after a change made anywhere (Slack, terminal, intake) */
  syncDraftCard(draftId: number): Promise<CardOutcome>;
  postDraftCard(draftId: number): Promise<CardOutcome>;
  /** posts cards for new pending drafts and re-renders stale ones */
  syncDraftCards(): Promise<{ posted: number; updated: number }>;
  /** runs syncDraftCards now and every `everyMs`; returns the function that stops it */
  startCardSync(everyMs?: number): () => void;
  /** resolves when every event handler started so far has finished */
  idle(): Promise<void>;
  /** waits for running handlers, then closes the connection */
  stop(): Promise<void>;
}

export interface StartDiscordBotOptions {
  config: Pick<DiscordConfig, 'DISCORD_TOKEN' | 'DISCORD_MODERATOR_ROLE_ID' | 'DISCORD_MODERATION_CHANNEL_ID' | 'DISCORD_API_URL'>;
  db: Database;
  moderation: Moderation;
  loadCatalog: () => Promise<CatalogSnapshot>;
  logger: Logger;
  now?: () => Date;
  /** false in tests: REST only, no gateway connection; events are fed to the client directly */
  connect?: boolean;
}

/** Builds the discord.js client, wires its events to the handlers and (normally) logs in. */
export async function startDiscordBot(options: StartDiscordBotOptions): Promise<DiscordBot> {
  const { config } = options;
  const logger = options.logger.child({ component: 'discord' });
  const client = new Client({
    // MessageContent is a privileged intent: enable it in the Developer Portal (Bot tab) for mentions and DMs
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
    partials: [Partials.Channel],
    rest: { ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), retries: options.connect === false ? 0 : 3 },
    allowedMentions: { parse: [] },
  });
  client.rest.setToken(config.DISCORD_TOKEN);
  const deps: DiscordBotDeps = {
    client,
    moderation: options.moderation,
    loadCatalog: options.loadCatalog,
    cardPosts: createDraftCardPosts(options.db, 'discord'),
    cardQueue: createKeyedQueue(),
    pages: createPageCache(),
    moderatorRoleId: config.DISCORD_MODERATOR_ROLE_ID ?? null,
    moderationChannelId: config.DISCORD_MODERATION_CHANNEL_ID ?? null,
    now: options.now ?? (() => new Date()),
    logger,
  };
  if (!deps.moderatorRoleId) logger.warn('DISCORD_MODERATOR_ROLE_ID is not set: nobody can moderate drafts from Discord');
  const running = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  };
  client.on(Events.InteractionCreate, (i) => track(handleDiscordInteraction(i, deps)));
  client.on(Events.MessageCreate, (m) => track(handleDiscordMessage(m, deps)));
  client.on(Events.Error, (err) => logger.error(describeError(err), 'Discord client error'));
  if (options.connect !== false) {
    await client.login(config.DISCORD_TOKEN).catch((cause: unknown) => {
      throw new DiscordLoginError('Discord login failed; check DISCORD_TOKEN, and that the Message Content intent is enabled for the bot (Developer Portal, Bot tab)', { cause });
    });
    logger.info({ user: client.user?.tag }, 'Discord bot connected');
  }
  return {
    deps,
    syncDraftCard: (draftId) => syncDraftCard(deps, draftId),
    postDraftCard: (draftId) => postDraftCard(deps, draftId),
    syncDraftCards: () => syncDraftCards(deps),
    startCardSync: (everyMs = 30_000) => startCardSync({ sync: () => syncDraftCards(deps), everyMs, logger, track }),
    idle: async () => {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    stop: async () => {
      await Promise.allSettled([...running]);
      await client.destroy();
    },
  };
}
