import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createModeration } from '../../../src/core/moderation/create-moderation.js';
import type { Draft } from '../../../src/core/moderation/draft.js';
import { createSlackBot, type SlackBot } from '../../../src/bots/slack/create-slack-bot.js';
import type { SlackConfig } from '../../../src/bots/slack/slack-config.js';
import { ingestMessage } from '../../../src/intake/ingest/ingest-message.js';
import { parseEmail } from '../../../src/intake/parse/parse-email.js';
import { pino } from 'pino';
import { silentLogger } from '../../../src/logger.js';
import { createModerationStore } from '../../../src/store/moderation-store.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { postSigned, startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.js';

export { stateFromModal } from '../../helpers/fake-slack-api.js';

export const SECRET = 'test-signing-secret';
export const MODS_CHANNEL = 'CMODS';
/** UMOD1 is listed by id; UMOD2 is a member of the moderators' user group; UMEMBER is neither */
export const LISTED_MOD = 'UMOD1';
export const GROUP_MOD = 'UMOD2';
export const MEMBER = 'UMEMBER';
export const CORPUS = path.resolve(import.meta.dirname, '../../fixtures/mail/corpus');

export interface SlackHarness {
  store: Store;
  fake: FakeSlackApi;
  bot: SlackBot;
  url: string;
  moderation: ReturnType<typeof createModeration>;
  /** every structured log line the bot wrote */
  logs: Array<Record<string, unknown>>;
  /** ingests a corpus e-mail through the real intake; returns the new draft ids */
  ingest(file: string): Promise<number[]>;
  draft(id: number): Promise<Draft>;
  slash(text: string, user?: string): Promise<{ status: number }>;
  click(actionId: string, value: string, user?: string): Promise<{ status: number }>;
  submit(view: Record<string, unknown>, user?: string): Promise<{ status: number; text: string }>;
  event(event: Record<string, unknown>, eventId: string, headers?: Record<string, string>): Promise<{ status: number }>;
  close(): Promise<void>;
}

let seq = 0;

/** The real Bolt app over HTTP on loopback, the real store in a fresh SQLite file, a fake Web API. */
export async function startSlackHarness(opts: { now?: () => Date } = {}): Promise<SlackHarness> {
  const now = opts.now ?? (() => new Date());
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'normbot-slack-'));
  const store = await openStore(path.join(dir, 'normbot.db'), { now });
  const fake = await startFakeSlackApi();
  fake.groupMembers = [GROUP_MOD];
  const moderation = createModeration({ store: createModerationStore(store, now), now });
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
  };
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const bot = createSlackBot({
    config,
    db: store.db,
    moderation,
    loadCatalog: () => store.catalog.loadSnapshot(),
    logger,
    now,
    testing: { slackApiUrl: fake.apiUrl, botId: 'BBOT', botUserId: 'UBOT', processBeforeResponse: true },
  });
  const { port } = await bot.start();
  const url = `http://127.0.0.1:${port}/slack/events`;
  const form = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const userOf = (id: string) => ({ id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: 'T1' });

  return {
    store,
    fake,
    bot,
    url,
    moderation,
    logs,
    async ingest(file) {
      const raw = await fs.readFile(path.join(CORPUS, file));
      const out = await ingestMessage(raw, `test:${file}`, {
        db: store.db,
        parse: parseEmail,
        catalog: () => store.catalog.loadSnapshot(),
        smtpFrom: 'normbot@bpf.example',
        logger: silentLogger(),
        now,
      });
      if (out.status !== 'processed') throw new Error(`ingest of ${file} gave ${out.status}`);
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
      return postSigned(url, body, { secret: SECRET });
    },
    click(actionId, value, user = LISTED_MOD) {
      const n = ++seq;
      return postSigned(url, form({
        type: 'block_actions', api_app_id: 'A1', token: 't', trigger_id: `trig.${n}`, team: { id: 'T1', domain: 'bpf' },
        user: userOf(user), channel: { id: MODS_CHANNEL, name: 'moderators' },
        container: { type: 'message', message_ts: '1700000000.000001', channel_id: MODS_CHANNEL, is_ephemeral: false },
        message: { type: 'message', ts: '1700000000.000001', text: 'card' }, response_url: fake.responseUrl(`act${n}`),
        actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1700000001.0', text: { type: 'plain_text', text: actionId } }],
      }), { secret: SECRET });
    },
    submit(view, user = LISTED_MOD) {
      return postSigned(url, form({
        type: 'view_submission', api_app_id: 'A1', token: 't', trigger_id: `trig.${++seq}`, team: { id: 'T1', domain: 'bpf' },
        user: userOf(user), view: { id: 'V1', team_id: 'T1', type: 'modal', state: { values: {} }, hash: 'h', ...view },
      }), { secret: SECRET });
    },
    event(event, eventId, headers = {}) {
      const body = JSON.stringify({ token: 't', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1700000000, event });
      return postSigned(url, body, { secret: SECRET, contentType: 'application/json', headers });
    },
    async close() {
      await bot.stop();
      await fake.close();
      await store.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

