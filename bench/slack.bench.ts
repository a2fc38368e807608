import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSlackBot, type SlackBot } from '../src/bots/slack/start-slack-bot.js';
import { createCardLedger } from '../src/store/card-ledger.js';
import { createHandledEvents } from '../src/store/handled-events.js';
import { createModeration } from '../src/core/moderation/create-moderation.js';
import { silentLogger } from '../src/logger.js';
import { createModerationStore } from '../src/store/moderation-store.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { startFakeSlackApi } from '../tests/helpers/fake-slack-api.js';
import { answerDepsFor } from '../tests/helpers/answer-deps-for.js';
import { catalogFile, removeCatalogCopy, SHIPPED } from './lib/catalog-file.js';
import { loadNote, percentiles, printTable, QUICK, range, REPETITIONS, type SummaryRow } from './lib/measure.js';
import { questionSet } from './lib/question-set.js';
import type { RoundResult, SendRound } from './lib/send-slack-requests.js';
import { SLACK_SECRET, slashCommandBody } from './lib/slack-requests.js';

const CONCURRENT = 50;
const SIZES = [SHIPPED, 10_000];

/**
 * Slack acknowledgements as Slack sees them: a separate sender process posts 50 signed /norms
 * requests at once to the real Bolt app (HTTP receiver, as in production: ack first, answer after)
 * and times each to its HTTP response. The bot answers over the shipped catalog and over 10,000
 * agreements, each question new; the baseline is a bare node:http server in the bot's process
 * that reads the body and answers 200. Targets take turns round by round, and the next round
 * starts when every answer of the last one reached its response_url.
 */
export async function run(): Promise<SummaryRow[]> {
  const fake = await startFakeSlackApi();
  const bare = await startBareServer();
  const sender = fork(path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib', 'send-slack-requests.js'));
  const bots: Array<{ label: string; bot: SlackBot; store: Store; file: string; url: string }> = [];
  try {
    for (const total of SIZES) {
      const file = await catalogFile(total);
      const store = await openStore(file);
      const bot = await startSlackBot({
        config: { mode: 'http', botToken: 'xoxb-bench', signingSecret: SLACK_SECRET, port: 0, host: '127.0.0.1', moderatorsChannel: 'CMODS', moderatorUsers: ['UMOD'], digestHourUtc: 8, apiUrl: fake.apiUrl },
        moderation: createModeration({ store: createModerationStore(store), now: () => new Date() }),
        answers: answerDepsFor(store),
        loadCatalog: () => store.catalog.loadSnapshot(),
        ledger: createCardLedger(store.db),
        handledEvents: createHandledEvents(store.db),
        logger: silentLogger(),
      });
      const { port } = bot;
      const agreements = (await store.catalog.loadSnapshot()).agreements.length;
      bots.push({ label: `Bolt @${agreements >= 1000 ? `${agreements / 1000}k` : agreements}`, bot, store, file, url: `http://127.0.0.1:${port}/slack/events` });
    }
    const base = await bots[0]!.store.catalog.loadSnapshot();
    const rounds = QUICK ? 4 : 10;
    const questions = questionSet(base, CONCURRENT * (rounds * REPETITIONS * bots.length + bots.length), 300).map((q) => q.text);
    let n = 0;
    const nextBodies = () => Array.from({ length: CONCURRENT }, () => slashCommandBody(n, questions[n % questions.length]!, fake.responseUrl(`r${n++}`)));
    const targets = [...bots.map((b) => ({ label: b.label, url: b.url, answers: true })), { label: 'bare node:http', url: bare.url, answers: false }];
    const round = async (t: (typeof targets)[number]) => {
      const before = fake.callsTo('response').length;
      const result = await send(sender, { url: t.url, bodies: t.answers ? nextBodies() : Array.from({ length: CONCURRENT }, (_, i) => `bare=${i}`) });
      const failed = result.statuses.filter((s) => s !== 200).length;
      if (failed > 0) throw new Error(`${t.label}: ${failed} of ${CONCURRENT} requests were not answered 200`);
      if (t.answers) await waitFor(() => fake.callsTo('response').length >= before + CONCURRENT);
      return result.ms;
    };
    for (const t of targets) await round(t); // warm-up: JIT, snapshots and text indexes loaded
    const reps: Array<ReturnType<typeof percentiles>[]> = [];
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const ms = targets.map(() => [] as number[]);
      for (let r = 0; r < rounds; r++) {
        for (let k = 0; k < targets.length; k++) {
          const i = (r + k) % targets.length;
          ms[i]!.push(...(await round(targets[i]!)));
        }
      }
      reps.push(ms.map((m) => percentiles(m)));
    }
    console.log(`ack time at the sender (separate process), ${CONCURRENT} concurrent signed /norms requests, ${rounds} rounds per repetition, ${REPETITIONS} repetitions; ms, range over repetitions`);
    printTable(['target', 'requests', 'p50', 'p99', 'max'], targets.map((t, i) => [t.label, String(reps[0]![i]!.n), range(reps.map((r) => r[i]!.p50)), range(reps.map((r) => r[i]!.p99)), range(reps.map((r) => r[i]!.max))]));
    console.log(`(${loadNote()})`);
    const p99 = (i: number) => range(reps.map((r) => r[i]!.p99), 0);
    return [
      {
        measure: `Slack ack p99, ${CONCURRENT} concurrent, sender in another process, ${bots.map((b) => b.label.replace('Bolt @', '')).join(' / ')}`,
        figure: `${bots.map((_, i) => p99(i)).join(' / ')} ms`,
        baseline: `bare node:http: ${p99(targets.length - 1)} ms`,
        goal: '< 50 ms at 10k',
      },
    ];
  } finally {
    sender.disconnect();
    for (const b of bots) {
      await b.bot.stop();
      await b.store.close();
      removeCatalogCopy(b.file);
    }
    await bare.close();
    await fake.close();
  }
}

function send(sender: ChildProcess, round: SendRound): Promise<RoundResult> {
  return new Promise((resolve) => {
    sender.once('message', (m) => resolve(m as RoundResult));
    sender.send(round);
  });
}

async function waitFor(done: () => boolean): Promise<void> {
  const until = Date.now() + 120_000;
  while (!done()) {
    if (Date.now() > until) throw new Error('answers did not all reach their response_url within 120 s');
    await new Promise((r) => setTimeout(r, 2));
  }
}

async function startBareServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end(''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

