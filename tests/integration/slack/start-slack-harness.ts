import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createCardPublisher, type CardPublisher } from '../../../src/bots/desk/create-card-publisher.js';
import type { CardChannel } from '../../../src/bots/desk/card-channel.js';
import type { RetryBudget } from '../../../src/bots/desk/create-channel-worker.js';
import { startSlackBot, type SlackBot } from '../../../src/bots/slack/start-slack-bot.js';
import type { SlackConfig } from '../../../src/bots/slack/slack-config.js';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { createDeskEvents, type DeskEvents } from '../../../src/core/desk/desk-event.js';
import { createModeration } from '../../../src/core/moderation/create-moderation.js';
import type { Draft } from '../../../src/core/moderation/draft.js';
import type { Moderation } from '../../../src/core/moderation/moderation-port.js';
import { deskEventsOf } from '../../../src/intake/ingest/desk-events-of.js';
import type { IngestOutcome } from '../../../src/intake/ingest/ingest-deps.js';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { silentLogger } from '../../../src/logger.js';
import { createCardLedger } from '../../../src/store/card-ledger.js';
import { createHandledEvents } from '../../../src/store/handled-events.js';
import { createModerationStore } from '../../../src/store/moderation-store.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { postSigned, startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { answerDepsFor } from '../../helpers/answer-deps-for.js';

export { stateFromModal } from '../../helpers/fake-slack-api.js';

export const SECRET = 'test-signing-secret';
export const MODS_CHANNEL = 'CMODS';
/** UMOD1 is listed by id; UMOD2 is a member of the moderators' user group; UMEMBER is neither */
export const LISTED_MOD = 'UMOD1';
export const GROUP_MOD = 'UMOD2';
export const MEMBER = 'UMEMBER';
export const CORPUS = path.resolve(import.meta.dirname, '../../fixtures/mail/corpus');
export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/mail');

/** Retries fast enough for a test, within the same budget shape (3 tries, 10 s). */
export const QUICK_RETRY: RetryBudget = { tries: 3, withinMs: 10_000, delaysMs: [50, 100] };

export interface SlackHarness {
  store: Store;
  fake: FakeSlackApi;
  bot: SlackBot;
  publisher: CardPublisher;
  events: DeskEvents;
  url: string;
  moderation: Moderation;
  /** every structured log line the bot wrote */
  logs: Array<Record<string, unknown>>;
  /** ingests an e-mail (corpus name or a path) through the real intake and announces it as main does */
  ingest(file: string): Promise<number[]>;
  ingestOutcome(file: string): Promise<IngestOutcome>;
  draft(id: number): Promise<Draft>;
  slash(text: string, user?: string): Promise<{ status: number }>;
  /** a button click on a message in the moderators' channel, or in `where` (a thread, a DM; an ephemeral answer) */
  click(actionId: string, value: string, user?: string, where?: { channel: string; threadTs?: string; ephemeral?: boolean }): Promise<{ status: number }>;
  submit(view: Record<string, unknown>, user?: string): Promise<{ status: number; text: string }>;
  suggest(actionId: string, value: string, user?: string): Promise<{ status: number; text: string }>;
  event(event: Record<string, unknown>, eventId: string, headers?: Record<string, string>): Promise<{ status: number }>;
  /** waits until every card is drawn */
  settled(): Promise<void>;
  close(): Promise<void>;
}

let seq = 0;

/**
 * The real Bolt app over HTTP on loopback, the real store in a fresh SQLite file, the real card
 * publisher, composed as src/main.ts composes them, with Slack's Web API replaced by a recording
 * server that can be told to fail.
 */
export async function startSlackHarness(
  opts: {
    now?: () => Date;
    /** more platforms for the same publisher (Discord, in the two-platform test), built over the harness's store */
    moreChannels?: (deps: { store: Store; moderation: Moderation }) => Promise<CardChannel[]>;
    /** false: Bolt answers Slack's HTTP request at ack(), as in production (default true: after the listener) */
    processBeforeResponse?: boolean;
    /** wraps the catalog the bot answers from (the store's), to watch when its work starts */
    catalog?: (load: () => Promise<CatalogSnapshot>) => () => Promise<CatalogSnapshot>;
  } = {},
): Promise<SlackHarness> {
  const now = opts.now ?? (() => new Date());
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'normbot-slack-'));
  const store = await openStore(path.join(dir, 'normbot.db'), { now });
  const fake = await startFakeSlackApi();
  fake.groupMembers = [GROUP_MOD];
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const events = createDeskEvents();
  const moderation = createModeration({ store: createModerationStore(store, now), now, events });
  const config: SlackConfig = {
    mode: 'http',
    botToken: 'xoxb-test',
    signingSecret: SECRET,
    port: 0,
    host: '127.0.0.1',
    moderatorsChannel: MODS_CHANNEL,
    moderatorGroup: 'SMODS',
    moderatorUsers: [LISTED_MOD],
    digestHourUtc: 8,
    apiUrl: fake.apiUrl,
  };
  const loadCatalog = () => store.catalog.loadSnapshot();
  const ledger = createCardLedger(store.db);
  const bot = await startSlackBot({ config, moderation, answers: answerDepsFor(store, now), loadCatalog: opts.catalog?.(loadCatalog) ?? loadCatalog, ledger, handledEvents: createHandledEvents(store.db), logger, now, processBeforeResponse: opts.processBeforeResponse ?? true });
  const more = (await opts.moreChannels?.({ store, moderation })) ?? [];
  const publisher = createCardPublisher({ channels: [bot.channel, ...more], ledger, moderation, loadCatalog, now, logger, retry: QUICK_RETRY });
  events.subscribe((e) => publisher.handle(e));
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  const form = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const userOf = (id: string) => ({ id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: 'T1' });
  const ingestOutcome = async (file: string) => {
    const raw = await fs.readFile(path.isAbsolute(file) ? file : path.join(CORPUS, file));
    const out = await ingestMessage(raw, `test:${path.basename(file)}`, { db: store.db, parse: parseEmail, catalog: loadCatalog, smtpFrom: 'normbot@bpf.example', logger: silentLogger(), now });
    deskEventsOf(out).forEach(events.emit);
    return out;
  };
  const settle = async <T>(response: Promise<T>): Promise<T> => {
    const out = await response;
    await publisher.idle();
    return out;
  };

  return {
    store,
    fake,
    bot,
    publisher,
    events,
    url,
    moderation,
    logs,
    ingestOutcome,
    async ingest(file) {
      const out = await ingestOutcome(file);
      if (out.status !== 'processed') throw new Error(`ingest of ${file} gave ${out.status}`);
      await publisher.idle();
      return out.draftIds;
    },
    async draft(id) {
      const d = await moderation.getDraft(id);
      if (!d) throw new Error(`no draft ${id}`);
      return d;
    },
    slash(text, user = MEMBER) {
      const body = new URLSearchParams({
        team_id: 'T1', channel_id: 'CASK', user_id: user, user_name: user.toLowerCase(), command: '/norms', text,
        api_app_id: 'A1', trigger_id: `trig.${++seq}`, response_url: fake.responseUrl(`cmd${seq}`),
      }).toString();
      return settle(postSigned(url, body, { secret: SECRET }));
    },
    click(actionId, value, user = LISTED_MOD, where = { channel: MODS_CHANNEL }) {
      const n = ++seq;
      const thread = where.threadTs ? { thread_ts: where.threadTs } : {};
      // as Slack sends them: a click on an ephemeral message comes without the message
      const message = where.ephemeral ? {} : { message: { type: 'message', ts: '1700000000.000001', text: 'card', ...thread } };
      return settle(postSigned(url, form({
        type: 'block_actions', api_app_id: 'A1', token: 't', trigger_id: `trig.${n}`, team: { id: 'T1', domain: 'bpf' },
        user: userOf(user), channel: { id: where.channel, name: 'a-channel' },
        container: { type: 'message', message_ts: '1700000000.000001', channel_id: where.channel, is_ephemeral: where.ephemeral ?? false, ...thread },
        ...message, response_url: fake.responseUrl(`act${n}`),
        actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1700000001.0', text: { type: 'plain_text', text: actionId } }],
      }), { secret: SECRET }));
    },
    submit(view, user = LISTED_MOD) {
      return settle(postSigned(url, form({
        type: 'view_submission', api_app_id: 'A1', token: 't', trigger_id: `trig.${++seq}`, team: { id: 'T1', domain: 'bpf' },
        user: userOf(user), view: { id: 'V1', team_id: 'T1', type: 'modal', state: { values: {} }, hash: 'h', ...view },
      }), { secret: SECRET }));
    },
    suggest(actionId, value, user = LISTED_MOD) {
      return postSigned(url, form({
        type: 'block_suggestion', api_app_id: 'A1', token: 't', team: { id: 'T1', domain: 'bpf' }, user: userOf(user),
        action_id: actionId, block_id: 'agreement', value, view: { id: 'V1', type: 'modal', callback_id: 'draft_merge' },
      }), { secret: SECRET });
    },
    event(event, eventId, headers = {}) {
      const body = JSON.stringify({ token: 't', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1700000000, event });
      return settle(postSigned(url, body, { secret: SECRET, contentType: 'application/json', headers }));
    },
    settled: () => publisher.idle(),
    async close() {
      await bot.stop();
      await fake.close();
      await store.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
