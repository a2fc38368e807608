import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Moderation } from '../../core/moderation/moderation-port.js';
import { PlatformStartError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { AnswerDeps } from '../desk/answer-deps.js';
import type { CardChannel } from '../desk/card-channel.js';
import { checkDiscordSetup } from './check-discord-setup.js';
import { createDiscordCardChannel } from './create-discord-card-channel.js';
import type { DiscordBotDeps } from './discord-bot-deps.js';
import type { DiscordConfig } from './discord-config.js';
import { registerListeners } from './listeners/register-listeners.js';
import { createPageCache } from './page-cache.js';

/**
 * The gateway intents the bot asks for. No MessageContent: it is privileged, and the bot needs no
 * other message's text, since messages that mention the bot and DMs carry their content without it
 * (https://discord.com/developers/docs/topics/gateway#message-content-intent).
 */
export const DISCORD_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

export interface DiscordBot {
  deps: DiscordBotDeps;
  /** the desk's Discord side (null without a moderators' channel), for the card publisher */
  channel: CardChannel | null;
  /** what the start-up check found wrong (also logged) */
  warnings: string[];
  /** resolves when every event handler started so far has finished */
  idle(): Promise<void>;
  /** waits for running handlers, then closes the connection */
  stop(): Promise<void>;
}

export interface StartDiscordBotOptions {
  config: Pick<DiscordConfig, 'DISCORD_TOKEN' | 'DISCORD_MODERATOR_ROLE_ID' | 'DISCORD_MODERATION_CHANNEL_ID' | 'DISCORD_API_URL'>;
  moderation: Moderation;
  loadCatalog: () => Promise<CatalogSnapshot>;
  /** follow-ups, 👍/👎 and the files answers carry */
  answers: AnswerDeps;
  logger: Logger;
  now?: () => Date;
}

/** Builds the discord.js client, wires its events to the listeners, logs in and checks the setup. */
export async function startDiscordBot(options: StartDiscordBotOptions): Promise<DiscordBot> {
  const { config } = options;
  const logger = options.logger.child({ component: 'discord' });
  const api = config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {};
  const client = new Client({
    intents: [...DISCORD_INTENTS],
    partials: [Partials.Channel],
    // answers: a couple of quick retries, then give up; cards have their own client (no retries)
    rest: { ...api, retries: 2, timeout: 5_000 },
    allowedMentions: { parse: [] },
  });
  const deps: DiscordBotDeps = {
    client,
    moderation: options.moderation,
    answers: options.answers,
    loadCatalog: options.loadCatalog,
    pages: createPageCache(),
    moderatorRoleId: config.DISCORD_MODERATOR_ROLE_ID ?? null,
    now: options.now ?? (() => new Date()),
    logger,
  };
  const running = new Set<Promise<void>>();
  registerListeners(client, deps, (work) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  });
  await client.login(config.DISCORD_TOKEN).catch(async (cause: unknown) => {
    await client.destroy().catch(() => undefined);
    throw new PlatformStartError('DISCORD_LOGIN_FAILED', `Discord refused the login (${(cause as Error).message}); check DISCORD_TOKEN (Developer Portal, Bot tab, Reset Token)`, { cause });
  });
  logger.info({ user: client.user?.tag }, 'Discord bot connected');
  const warnings = await checkDiscordSetup(client.rest, config, logger);
  return {
    deps,
    channel: config.DISCORD_MODERATION_CHANNEL_ID ? createDiscordCardChannel({ token: config.DISCORD_TOKEN, channelId: config.DISCORD_MODERATION_CHANNEL_ID, ...api }) : null,
    warnings,
    idle: async () => {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    stop: async () => {
      await Promise.allSettled([...running]);
      await client.destroy();
    },
  };
}
