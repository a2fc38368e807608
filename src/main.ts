import type { AnswerDeps } from './bots/desk/answer-deps.js';
import { createReplyFiles } from './bots/desk/create-reply-files.js';
import { loadConfigOrExit, type Config } from './config.js';
import type { CatalogSnapshot } from './core/catalog/catalog-snapshot.js';
import { createMemoryConversationStore } from './core/conversation/create-memory-conversation-store.js';
import { createDeskEvents, type DeskEvents } from './core/desk/desk-event.js';
import { collectGarbageWhenIdle } from './collect-garbage-when-idle.js';
import { createModeration } from './core/moderation/create-moderation.js';
import type { Moderation } from './core/moderation/moderation-port.js';
import { describeError, formatError } from './errors.js';
import { deskEventsOf } from './intake/ingest/desk-events-of.js';
import { startMailIntake } from './intake/mailbox/start-mail-intake.js';
import type { ParseEmail } from './intake/ingest/ingest-deps.js';
import { createLogger, type Logger } from './logger.js';
import { createCardLedger } from './store/card-ledger.js';
import { createHandledEvents } from './store/handled-events.js';
import { createModerationStore } from './store/moderation-store.js';
import { openStore, type Store } from './store/open-store.js';

/** The periodic card repair: only what events could not reach (another process, an outage). */
const CARD_REPAIR_EVERY_MS = 30_000;
/** Without Slack's SLACK_DIGEST_HOUR_UTC, the digest goes out at 08:00 UTC. */
const DEFAULT_DIGEST_HOUR_UTC = 8;
/** garbage is collected when the event loop was busy less than 5% of 2 s and the heap grew 16 MB since */
const IDLE_COLLECTION = { everyMs: 2_000, idleBelow: 0.05, growthBytes: 16 * 1024 * 1024 };

/**
 * Composition root: config -> logger -> store -> moderation -> intake -> chat adapters.
 * With no chat tokens, a person at a terminal gets the shell chat; without a terminal (a container)
 * the intake runs alone until SIGTERM.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env, { stderr: (t) => process.stderr.write(t), exit: (code) => process.exit(code) });
  const shellChat = !config.slack && !config.discord && Boolean(process.stdin.isTTY);
  // In the shell chat, log lines on stderr would land in the conversation: keep errors only.
  const logger = createLogger(shellChat && config.logLevel === 'info' ? 'error' : config.logLevel);
  // Bolt and discord.js take a third of a second each to import: imported only when configured,
  // and from now on, so that they load while the store opens
  const adapters: ChatAdapterModules = {
    slack: config.slack ? loading(import('./bots/slack/start-slack-bot.js')) : null,
    discord: config.discord ? loading(import('./bots/discord/start-discord-bot.js')) : null,
    desk: config.slack || config.discord ? loading(import('./bots/desk/create-card-publisher.js')) : null,
  };
  const stops: Array<() => Promise<void> | void> = [];
  // last started, first stopped; each stop runs once, whether a signal or a failed start comes first
  const stopAll = async () => {
    for (let stop = stops.pop(); stop; stop = stops.pop()) await Promise.resolve(stop()).catch((err: unknown) => logger.error({ err }, 'error while stopping'));
  };
  // listening from the start: a SIGTERM while Slack or Discord still connects stops what already runs
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await stopAll();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const now = () => new Date();
  let store: Store;
  let moderation: Moderation;
  let loadCatalog: () => Promise<CatalogSnapshot>;
  let intake: Awaited<ReturnType<typeof startMailIntake>>;
  try {
    store = await openStore(config.dbPath, { dataDir: config.dataDir, busyTimeoutMs: config.busyTimeoutMs });
    stops.push(() => store.close());
    logger.info({ db: config.dbPath, seeded: store.seed }, 'store ready');
    // every committed change is told to the card publisher at once (when chat platforms are configured)
    const events = createDeskEvents((error) => logger.error(describeError(error), 'a desk event listener failed'));
    moderation = createModeration({ store: createModerationStore(store, now), now, events });
    loadCatalog = () => store.catalog.loadSnapshot();
    stops.push(collectGarbageWhenIdle(IDLE_COLLECTION));

    intake = await startMailIntake({
      config,
      store,
      parse: parseEmailWhenNeeded,
      logger,
      acknowledgements: config.acknowledgements,
      onOutcome: (outcome) => deskEventsOf(outcome).forEach(events.emit),
    });
    // the watchers take no new message, and a document being read is dropped at once (its message stays
    // stored and is read at the next start), so a stop does not wait for an extraction
    stops.push(async () => void (await Promise.all([intake.stop(), stopExtractorPool()])));
    logger.info({ source: intake.source, inbox: intake.source === 'folder' ? config.inboxDir : undefined }, 'intake watching');

    await startDesk(config, adapters, { store, moderation, events, loadCatalog, logger, now, stops });
  } catch (error) {
    if (stopping) return; // a signal came first: shutdown() stops and exits
    // what already runs (the store, the intake, a platform that connected) is stopped before the exit
    await stopAll();
    throw error;
  }
  if (stopping) return;
  // the line start-up is measured to (bench/startup.bench.ts)
  logger.info({ startupMs: Math.round(performance.now()) }, 'ready');

  if (shellChat) {
    const mailbox = intake.source === 'folder' ? `drop .eml files into ${config.inboxDir}` : `watching the IMAP mailbox ${config.imap?.mailbox}`;
    const replies = config.smtp ? '' : ' Acknowledgements wait in the outbox until SMTP_HOST and SMTP_FROM are set.';
    process.stdout.write(`Intake: ${mailbox}; new drafts show up with "drafts".${replies}\n`);
    const { runShellChat } = await import('./bots/shell/run-shell-chat.js');
    const { terminalActor } = await import('./bots/shell/terminal-actor.js');
    await runShellChat({
      input: process.stdin,
      output: process.stdout,
      interactive: true,
      loadCatalog,
      moderation,
      actor: terminalActor(process.env),
      now,
      render: { width: Math.min(process.stdout.columns || 80, 120), color: !process.env.NO_COLOR },
      feedback: store.feedback,
      contributionAddress: config.contributionAddress,
    });
    await shutdown('chat ended');
  } else if (!config.slack && !config.discord) {
    logger.info('no terminal and no chat tokens: running the intake only (use `normbot chat` to ask questions)');
  }
}

interface ChatAdapterModules {
  slack: Promise<typeof import('./bots/slack/start-slack-bot.js')> | null;
  discord: Promise<typeof import('./bots/discord/start-discord-bot.js')> | null;
  desk: Promise<typeof import('./bots/desk/create-card-publisher.js')> | null;
}

/** A module being imported in the background: its failure is reported where it is awaited. */
function loading<T>(module: Promise<T>): Promise<T> {
  module.catch(() => undefined);
  return module;
}

/** The chat adapters and the one card publisher over their channels. */
async function startDesk(
  config: Config,
  adapters: ChatAdapterModules,
  deps: {
    store: Store;
    moderation: Moderation;
    events: DeskEvents;
    loadCatalog: () => Promise<CatalogSnapshot>;
    logger: Logger;
    now: () => Date;
    stops: Array<() => Promise<void> | void>;
  },
): Promise<void> {
  const { store, moderation, loadCatalog, logger, stops } = deps;
  if (!adapters.desk) return; // no chat platform configured
  const ledger = createCardLedger(store.db);
  // one conversation store for both platforms: their keys (Slack channel ids, Discord snowflakes) never meet
  const answers: AnswerDeps = {
    conversations: createMemoryConversationStore(),
    feedback: store.feedback,
    // light: the chart renderer and the spreadsheet writer are imported with the first reply that needs them
    files: createReplyFiles({ loadCatalog, changedSince: (since) => store.catalog.changedSince(since), now: deps.now }),
  };
  // both platforms connect at once; each one that started is stopped if the other fails
  const startSlack = async () => {
    if (!config.slack || !adapters.slack) return null;
    const { startSlackBot } = await adapters.slack;
    const slack = await startSlackBot({ config: config.slack, moderation, answers, loadCatalog, ledger, handledEvents: createHandledEvents(store.db), logger });
    stops.push(() => slack.stop());
    return slack.channel;
  };
  const startDiscord = async () => {
    if (!config.discord || !adapters.discord) return null;
    const { startDiscordBot } = await adapters.discord;
    const discord = await startDiscordBot({ config: config.discord, moderation, answers, loadCatalog, logger });
    stops.push(() => discord.stop());
    return discord.channel;
  };
  const started = await Promise.allSettled([startSlack(), startDiscord()]);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  const channels = started.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
  if (channels.length === 0) return;
  const { createCardPublisher } = await adapters.desk;
  const publisher = createCardPublisher({ channels, ledger, moderation, loadCatalog, now: deps.now, logger });
  const unsubscribe = deps.events.subscribe((event) => publisher.handle(event));
  const stopPublisher = publisher.start({ repairEveryMs: CARD_REPAIR_EVERY_MS, digestHourUtc: config.slack?.digestHourUtc ?? DEFAULT_DIGEST_HOUR_UTC });
  stops.push(() => {
    unsubscribe();
    stopPublisher();
  });
  logger.info({ platforms: channels.map((c) => c.platform) }, 'moderation desk started');
}

/** The parser (mailparser, the document extractors and their worker) is imported with the first message, not at start-up. */
let parser: Promise<typeof import('./intake/parse/parse-email.js')> | null = null;
const parseEmailWhenNeeded: ParseEmail = async (raw, ctx) => {
  // a failed import is tried again with the next message, not remembered as every message's parser crash
  parser ??= import('./intake/parse/parse-email.js').catch((error: unknown) => {
    parser = null;
    throw error;
  });
  return (await parser).parseEmail(raw, ctx);
};

/** Stops the extraction worker, when the parser was loaded (and may have started it). */
async function stopExtractorPool(): Promise<void> {
  if (parser) await (await import('./intake/parse/worker/shared-extractor-pool.js')).sharedExtractorPool.stop();
}

main().catch((error: unknown) => {
  process.stderr.write(`normbot could not start: ${formatError(error)}\n`);
  process.exit(1);
});
