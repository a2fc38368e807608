import { describeError } from '../describe-error.js';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Moderation } from '../../core/moderation/moderation-port.js';
import type { Logger } from '../../logger.js';
import type { Database } from '../../store/database.js';
import { createDraftCardPosts } from '../../store/draft-card-posts.js';
import { startCardSync } from '../start-card-sync.js';
import { buildDigestReply } from './build-digest-reply.js';
import { createBoltLogger } from './create-bolt-logger.js';
import { createDraftCards, type DraftCards } from './create-draft-cards.js';
import { createModeratorCheck } from './create-moderator-check.js';
import { createTurnQueue } from './create-turn-queue.js';
import { registerAppHome } from './register-app-home.js';
import { registerDraftActions } from './register-draft-actions.js';
import { registerDraftViews } from './register-draft-views.js';
import { registerQuestionListeners } from './register-question-listeners.js';
import { renderSlack } from './render-slack.js';
import { scheduleDigest } from './schedule-digest.js';
import type { SlackBotContext } from './slack-bot-context.js';
import type { SlackConfig } from './slack-config.js';

export interface SlackBotDeps {
  config: SlackConfig;
  db: Database;
  moderation: Moderation;
  /** the current catalog (the store's cached snapshot, rebuilt after approvals) */
  loadCatalog: () => Promise<CatalogSnapshot>;
  logger: Logger;
  now?: () => Date;
  /** tests and benchmarks: a local Web API, known bot ids (no auth.test), responses after listeners */
  testing?: { slackApiUrl?: string; botId?: string; botUserId?: string; processBeforeResponse?: boolean };
}

export interface SlackBot extends DraftCards {
  app: InstanceType<typeof App>;
  /** connects (Socket Mode) or listens (HTTP); returns the port for the HTTP receiver */
  start(): Promise<{ port: number | null; server: Server | null }>;
  stop(): Promise<void>;
  /** posts the pending drafts to the moderators' channel; nothing when the queue is empty */
  postDigest(): Promise<{ posted: boolean; count: number }>;
  /** posts the digest daily at config.digestHourUtc; returns a stop function */
  startDigest(): () => void;
  /**
   * Now and every `everyMs`, posts cards for new drafts and updates cards of drafts edited or
   * decided elsewhere (Discord, terminal); returns a stop function.
   */
  startCardSync(everyMs?: number): () => void;
}

/**
 * The Slack adapter: Bolt with Socket Mode or the HTTP receiver (config.mode), answering members
 * through the core and letting moderators decide drafts from cards in their channel.
 */
export function createSlackBot(deps: SlackBotDeps): SlackBot {
  const { config, testing } = deps;
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger.child({ component: 'slack' });
  const boltLogger = createBoltLogger(logger.child({ component: 'bolt' }), LogLevel.WARN);
  const receiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({ appToken: config.appToken ?? '', logger: boltLogger })
      : new HTTPReceiver({ signingSecret: config.signingSecret ?? '', processBeforeResponse: testing?.processBeforeResponse ?? false, logger: boltLogger });
  const app = new App({
    receiver,
    token: config.botToken,
    logger: boltLogger,
    ...(testing?.botId && testing.botUserId ? { botId: testing.botId, botUserId: testing.botUserId, tokenVerificationEnabled: false } : {}),
    clientOptions: {
      ...(testing?.slackApiUrl ? { slackApiUrl: testing.slackApiUrl, retryConfig: { retries: 0 } } : {}),
    },
  });
  const isModerator = createModeratorCheck({ client: app.client, ...(config.moderatorGroup ? { group: config.moderatorGroup } : {}), users: config.moderatorUsers, now, logger });
  const cardPosts = createDraftCardPosts(deps.db, 'slack');
  const cards = createDraftCards({ client: app.client, posts: cardPosts, moderation: deps.moderation, loadCatalog: deps.loadCatalog, channel: config.moderatorsChannel, now, logger });
  let botUserId = testing?.botUserId;
  const ctx: SlackBotContext = { config, client: app.client, db: deps.db, moderation: deps.moderation, loadCatalog: deps.loadCatalog, isModerator, cards, cardPosts, now, logger, inTurn: createTurnQueue(), botUserId: () => botUserId };

  registerQuestionListeners(app, ctx);
  registerDraftActions(app, ctx);
  registerDraftViews(app, ctx);
  registerAppHome(app, ctx);
  app.error(async (error) => {
    logger.error(describeError(error), 'unhandled Slack error');
  });

  const postDigest = async () => {
    const pending = await deps.moderation.listDrafts({ status: 'pending' });
    if (pending.length === 0) return { posted: false, count: 0 };
    const message = renderSlack(buildDigestReply(pending, now()));
    await app.client.chat.postMessage({ channel: config.moderatorsChannel, text: message.text, blocks: message.blocks, unfurl_links: false });
    logger.info({ count: pending.length }, 'digest posted');
    return { posted: true, count: pending.length };
  };

  return {
    app,
    ...cards,
    postDigest,
    startDigest: () =>
      scheduleDigest({ now, hourUtc: config.digestHourUtc, post: postDigest, onError: (error) => logger.error(describeError(error), 'digest failed') }),
    startCardSync: (everyMs = 30_000) => startCardSync({ sync: () => cards.syncDraftCards(), everyMs, logger }),
    async start() {
      const started = (await app.start(config.mode === 'http' ? { port: config.port, host: config.host } : {})) as unknown;
      if (!botUserId) {
        const auth = await app.client.auth.test().catch(() => null);
        botUserId = auth?.user_id;
      }
      const server = config.mode === 'http' ? (started as Server) : null;
      const address = server ? (server.address() as AddressInfo | null) : null;
      logger.info({ mode: config.mode, port: address?.port ?? null }, 'Slack bot started');
      return { port: address?.port ?? null, server };
    },
    stop: () => app.stop().then(() => undefined),
  };
}
