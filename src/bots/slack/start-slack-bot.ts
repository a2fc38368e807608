import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebClient } from '@slack/web-api';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { HandledEvents } from '../../core/chat/handled-events.js';
import type { CardLedger } from '../../core/desk/card-ledger.js';
import type { Moderation } from '../../core/moderation/moderation-port.js';
import { PlatformStartError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { AnswerDeps } from '../desk/answer-deps.js';
import type { CardChannel } from '../desk/card-channel.js';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver } from './bolt.js';
import { checkSlackSetup } from './check-slack-setup.js';
import { createAckGate } from './create-ack-gate.js';
import { createBoltLogger } from './create-bolt-logger.js';
import { createModeratorCheck } from './create-moderator-check.js';
import { createSlackCardChannel } from './create-slack-card-channel.js';
import { createTurnQueue } from './create-turn-queue.js';
import { registerListeners } from './listeners/register-listeners.js';
import type { SlackBotContext } from './slack-bot-context.js';
import type { SlackConfig } from './slack-config.js';
import { verifySlackToken } from './verify-slack-token.js';

/**
 * Answers and notes to users: a few quick retries, then give up, so one Slack hiccup costs
 * seconds, not the web-api default of ten retries over about thirty minutes.
 */
export const SLACK_ANSWER_RETRIES = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2_000, maxRetryTime: 8_000 };
const REQUEST_TIMEOUT_MS = 4_000;

export interface StartSlackBotOptions {
  config: SlackConfig;
  moderation: Moderation;
  /** the current catalog (the store's cached snapshot, rebuilt after approvals) */
  loadCatalog: () => Promise<CatalogSnapshot>;
  ledger: CardLedger;
  handledEvents: HandledEvents;
  /** follow-ups, 👍/👎 and the files answers carry */
  answers: AnswerDeps;
  logger: Logger;
  now?: () => Date;
  /** tests: send HTTP responses only after the listeners finished (the work then does not wait for the acks) */
  processBeforeResponse?: boolean;
}

export interface SlackBot {
  app: InstanceType<typeof App>;
  /** the desk's Slack side, for the card publisher */
  channel: CardChannel;
  /** the HTTP receiver's server and port (null in Socket Mode) */
  server: Server | null;
  port: number | null;
  /** what the start-up check found wrong (also logged) */
  warnings: string[];
  stop(): Promise<void>;
}

/**
 * The Slack adapter: checks the token (a refused one stops the bot with a readable error), starts
 * Bolt with Socket Mode or the HTTP receiver, registers the listeners and warns about setup
 * problems. Cards are drawn by the desk's publisher through `channel`.
 */
export async function startSlackBot(options: StartSlackBotOptions): Promise<SlackBot> {
  const { config } = options;
  const now = options.now ?? (() => new Date());
  const logger = options.logger.child({ component: 'slack' });
  const boltLogger = createBoltLogger(logger.child({ component: 'bolt' }), LogLevel.WARN);
  const api = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  const clientOptions = { ...api, retryConfig: SLACK_ANSWER_RETRIES, timeout: REQUEST_TIMEOUT_MS };
  // cards: no retries of its own and no sleeping on 429; the publisher's budget and pacer decide
  const cardClient = new WebClient(config.botToken, { ...api, logger: boltLogger, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: REQUEST_TIMEOUT_MS });
  const me = await verifySlackToken(new WebClient(config.botToken, { ...clientOptions, logger: boltLogger }));

  const processBeforeResponse = options.processBeforeResponse ?? false;
  const receiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({ appToken: config.appToken ?? '', logger: boltLogger, installerOptions: { clientOptions } })
      : new HTTPReceiver({ signingSecret: config.signingSecret ?? '', processBeforeResponse, logger: boltLogger });
  // the token was checked above: Bolt need not call auth.test again; follow-ups are kept by the core, not in Bolt's conversation store
  const app = new App({ receiver, convoStore: false, token: config.botToken, botId: me.botId, botUserId: me.userId, tokenVerificationEnabled: false, clientOptions, logger: boltLogger });
  const client = app.client;
  const acks = createAckGate();
  const ctx: SlackBotContext = {
    config,
    client,
    moderation: options.moderation,
    answers: options.answers,
    loadCatalog: options.loadCatalog,
    isModerator: createModeratorCheck({ client, ...(config.moderatorGroup ? { group: config.moderatorGroup } : {}), users: config.moderatorUsers, now, logger }),
    ledger: options.ledger,
    handledEvents: options.handledEvents,
    now,
    logger,
    afterAcks: acks.afterAcks,
    inTurn: createTurnQueue(acks.afterAcks),
    botUserId: () => me.userId,
  };
  registerListeners(app, ctx);

  let started: unknown;
  try {
    started = await app.start(config.mode === 'http' ? { port: config.port, host: config.host } : {});
  } catch (cause) {
    const refused = (cause as { data?: { error?: string } }).data?.error;
    if (config.mode === 'socket' && refused) {
      throw new PlatformStartError('SLACK_AUTH_FAILED', `Slack refused SLACK_APP_TOKEN (${refused}); create an app-level token with connections:write (the app's Basic Information page, App-Level Tokens)`, { cause });
    }
    const what = config.mode === 'socket' ? 'check SLACK_APP_TOKEN (an xapp- token with connections:write)' : `check that SLACK_PORT=${config.port} is free`;
    throw new PlatformStartError('SLACK_AUTH_FAILED', `the Slack receiver did not start (${(cause as Error).message}); ${what}`, { cause });
  }
  const server = config.mode === 'http' ? (started as Server) : null;
  if (server && !processBeforeResponse) acks.watch(server);
  const port = (server?.address() as AddressInfo | null)?.port ?? null;
  const warnings = await checkSlackSetup(client, config, logger);
  logger.info({ mode: config.mode, port, botUserId: me.userId }, 'Slack bot started');
  return {
    app,
    channel: createSlackCardChannel(cardClient, config.moderatorsChannel),
    server,
    port,
    warnings,
    stop: () => app.stop().then(() => undefined),
  };
}
