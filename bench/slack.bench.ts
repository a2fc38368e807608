import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeSlackApi } from '../tests/helpers/fake-slack-api.js';
import { catalogFile, loadBenchCatalog, removeCatalogCopy, SHIPPED } from './lib/catalog-file.js';
import { loadNote, percentiles, printTable, QUICK, range, REPETITIONS, type SummaryRow } from './lib/measure.js';
import { questionSet } from './lib/question-set.js';
import type { RoundResult, SendRound } from './lib/send-slack-requests.js';
import { slackBotEnv, spawnSlackBot } from './lib/spawn-slack-bot.js';
import { slashCommandBody } from './lib/slack-requests.js';
import { stopProcess } from './lib/spawn-timed.js';

const CONCURRENT = 50;
const WARM_UP_ROUNDS = 2;
const here = path.dirname(fileURLToPath(import.meta.url));

interface Target {
  label: string;
  url: string;
  /** a bot: the number of questions whose work is over (answer and files sent); the round ends when the round's are */
  questionsDone?: () => number;
  stop(): Promise<void>;
}

/**
 * Slack acknowledgements as Slack sees them. Every party is a process of its own: the bot as
 * deployed (dist/bundle/main.js, HTTP receiver, over the shipped catalog and over 10,000 agreements),
 * the baseline (a bare node:http server that reads the body and answers 200), and the sender, which
 * posts 50 signed /norms requests at once and times each to its HTTP response. This process only
 * plays Slack's Web API and the response_urls. Targets take turns round by round, in an order that
 * rotates; a bot's round ends when the work of all its questions is over (answers at their
 * response_url, charts drawn and uploaded), so acks are timed while the bot answers the same burst,
 * and no bot's leftover work runs into another target's round. Warm-up rounds (connections, JIT,
 * catalog and text indexes) are not counted.
 */
export async function run(): Promise<SummaryRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'normbot-bench-slack-'));
  const fake = await startFakeSlackApi();
  const sender = fork(path.join(here, 'lib', 'send-slack-requests.js'));
  const files: string[] = [];
  const targets: Target[] = [];
  try {
    for (const total of [SHIPPED, 10_000]) {
      const db = await catalogFile(total);
      files.push(db);
      const env = {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD|IMAP|SMTP|NORMBOT|LOG)_/.test(k))),
        NORMBOT_DB: db,
        NORMBOT_INBOX_DIR: path.join(tmp, `inbox-${total}`),
        LOG_LEVEL: 'info',
        ...slackBotEnv(fake.apiUrl),
      };
      const bot = await spawnSlackBot(env);
      targets.push({ label: `Bolt @${total >= 1000 ? `${total / 1000}k` : total}`, url: `http://127.0.0.1:${bot.port}/slack/events`, questionsDone: bot.questionsDone, stop: () => stopProcess(bot.child) });
    }
    targets.push(await startBareServer());

    const base = await loadBenchCatalog(SHIPPED);
    const rounds = QUICK ? 4 : 10;
    const bodiesNeeded = CONCURRENT * (rounds * REPETITIONS + WARM_UP_ROUNDS) * targets.length;
    const questions = questionSet(base, bodiesNeeded, 300).map((q) => q.text);
    let n = 0;
    const nextBodies = () => Array.from({ length: CONCURRENT }, () => slashCommandBody(n, questions[n % questions.length]!, fake.responseUrl(`r${n++}`)));
    const round = async (t: Target) => {
      const before = { answers: fake.callsTo('response').length, done: t.questionsDone?.() ?? 0 };
      const result = await send(sender, { url: t.url, bodies: t.questionsDone ? nextBodies() : Array.from({ length: CONCURRENT }, (_, i) => `bare=${i}`) });
      const failed = result.statuses.filter((s) => s !== 200).length;
      if (failed > 0) throw new Error(`${t.label}: ${failed} of ${CONCURRENT} requests were not answered 200 (${[...new Set(result.statuses)].join(', ')})`);
      // the bot's work for this round (answers, then charts drawn and uploaded) ends before the next target's round starts
      if (t.questionsDone) await waitFor(() => fake.callsTo('response').length >= before.answers + CONCURRENT && t.questionsDone!() >= before.done + CONCURRENT);
      return result.ms;
    };
    for (let w = 0; w < WARM_UP_ROUNDS; w++) for (const t of targets) await round(t);
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
    console.log(`ack time at the sender (separate process), ${CONCURRENT} concurrent signed /norms requests, ${WARM_UP_ROUNDS} warm-up rounds, then ${rounds} rounds per repetition, ${REPETITIONS} repetitions; ms, range over repetitions`);
    printTable(['target', 'requests', 'p50', 'p99', 'max'], targets.map((t, i) => [t.label, String(reps[0]![i]!.n), range(reps.map((r) => r[i]!.p50)), range(reps.map((r) => r[i]!.p99)), range(reps.map((r) => r[i]!.max))]));
    console.log(`(${loadNote()})`);
    const p99 = (i: number) => range(reps.map((r) => r[i]!.p99), 0);
    const bots = targets.filter((t) => t.questionsDone);
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
    for (const t of targets) await t.stop();
    for (const f of files) removeCatalogCopy(f);
    await fake.close();
    fs.rmSync(tmp, { recursive: true, force: true });
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
    if (Date.now() > until) throw new Error('the questions were not all answered (with their files) within 120 s');
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** The baseline in a process of its own, like the bot. */
async function startBareServer(): Promise<Target> {
  const child = fork(path.join(here, 'lib', 'bare-http-server.js'));
  const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', (m) => resolve(m as { port: number })));
  return { label: 'bare node:http', url: `http://127.0.0.1:${port}/`, stop: () => stopProcess(child) };
}
