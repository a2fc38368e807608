import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exampleQuestions } from '../src/bots/slack/listeners/build-home-reply.js';
import { startSlackBot } from '../src/bots/slack/start-slack-bot.js';
import { createCardLedger } from '../src/store/card-ledger.js';
import { createHandledEvents } from '../src/store/handled-events.js';
import { createModeration } from '../src/core/moderation/create-moderation.js';
import { silentLogger } from '../src/logger.js';
import { createModerationStore } from '../src/store/moderation-store.js';
import { openStore } from '../src/store/open-store.js';
import { postSigned, startFakeSlackApi } from '../tests/helpers/fake-slack-api.js';
import { answerDepsFor } from '../tests/helpers/answer-deps-for.js';

const SECRET = 'bench-signing-secret';
const CONCURRENT = 50;
const ROUNDS = 10;
const ANSWERS = 400;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/**
 * Slack adapter speed, with the real Bolt HTTP receiver on loopback, a real SQLite store and a
 * local fake Web API. (1) Acknowledgement time: 50 signed /norms requests at once, timed from
 * sending to the HTTP response, which Bolt sends at ack() (processBeforeResponse off, as in
 * production), measured inside the app from the request reaching the HTTP server to the ack
 * response being written, and at the sender (same process, so an upper bound).
 * (2) Answers per second: /norms requests until every answer reached the response_url.
 */
export async function run(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'normbot-slack-bench-'));
  const store = await openStore(path.join(dir, 'bench.db'));
  const fake = await startFakeSlackApi();
  const moderation = createModeration({ store: createModerationStore(store), now: () => new Date() });
  const bot = await startSlackBot({
    config: { mode: 'http', botToken: 'xoxb-bench', signingSecret: SECRET, port: 0, host: '127.0.0.1', moderatorsChannel: 'CMODS', moderatorUsers: ['UMOD'], digestHourUtc: 8, apiUrl: fake.apiUrl },
    moderation,
    answers: answerDepsFor(store),
    loadCatalog: () => store.catalog.loadSnapshot(),
    ledger: createCardLedger(store.db),
    handledEvents: createHandledEvents(store.db),
    logger: silentLogger(),
  });
  try {
    const { port, server } = bot;
    // in the app: from the request reaching the HTTP server to the ack response being written
    const serverAcks: number[] = [];
    let measuring = false;
    server?.on('request', (_req, res) => {
      const t0 = performance.now();
      res.on('finish', () => measuring && serverAcks.push(performance.now() - t0));
    });
    const url = `http://127.0.0.1:${port}/slack/events`;
    const questions = exampleQuestions(await store.catalog.loadSnapshot()).map((q) => q.replace(/^\/norms /, ''));
    let n = 0;
    const slash = (text: string) => {
      n += 1;
      const body = new URLSearchParams({
        team_id: 'T1', channel_id: 'CASK', user_id: `U${n % 97}`, user_name: 'member', command: '/norms', text,
        api_app_id: 'A1', trigger_id: `trig.${n}`, response_url: fake.responseUrl(`r${n}`),
      }).toString();
      return postSigned(url, body, { secret: SECRET });
    };
    const answered = () => fake.callsTo('response').length;
    const waitForAnswers = async (count: number) => {
      while (answered() < count) await new Promise((r) => setTimeout(r, 2));
    };

    // warm-up: JIT, zod schemas, the catalog snapshot
    await Promise.all(questions.map((q) => slash(q)));
    await waitForAnswers(questions.length);

    const acks: number[] = [];
    measuring = true;
    for (let round = 0; round < ROUNDS; round++) {
      const before = answered();
      await Promise.all(
        Array.from({ length: CONCURRENT }, async (_, i) => {
          const t0 = performance.now();
          const res = await slash(questions[i % questions.length]!);
          acks.push(performance.now() - t0);
          if (res.status !== 200) throw new Error(`Slack request answered ${res.status}`);
        }),
      );
      await waitForAnswers(before + CONCURRENT);
    }
    measuring = false;
    acks.sort((a, b) => a - b);
    serverAcks.sort((a, b) => a - b);

    const start = answered();
    const t0 = performance.now();
    for (let i = 0; i < ANSWERS; i += CONCURRENT) {
      await Promise.all(Array.from({ length: Math.min(CONCURRENT, ANSWERS - i) }, (_, j) => slash(questions[(i + j) % questions.length]!)));
    }
    await waitForAnswers(start + ANSWERS);
    const seconds = (performance.now() - t0) / 1000;

    console.log(`slack: ack time for ${CONCURRENT} concurrent signed /norms requests (${ROUNDS} rounds, ${acks.length} requests)`);
    console.log(`slack:   in the app (request reached the server -> ack written): p50 ${percentile(serverAcks, 50).toFixed(1)} ms   p99 ${percentile(serverAcks, 99).toFixed(1)} ms   max ${serverAcks[serverAcks.length - 1]!.toFixed(1)} ms   (target p99 < 50 ms; Slack allows 3,000 ms)`);
    console.log(`slack:   at the sender, same process (signing, fetch and queueing included): p50 ${percentile(acks, 50).toFixed(1)} ms   p99 ${percentile(acks, 99).toFixed(1)} ms`);
    console.log(`slack: /norms answers delivered: ${(ANSWERS / seconds).toFixed(0)} per second (${ANSWERS} answers in ${seconds.toFixed(2)} s)`);
  } finally {
    await bot.stop();
    await fake.close();
    await store.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
