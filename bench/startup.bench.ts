import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeSlackApi } from '../tests/helpers/fake-slack-api.js';
import { catalogFile, removeCatalogCopy, SHIPPED } from './lib/catalog-file.js';
import { loadNote, mib, percentiles, printTable, QUICK, range, REPETITIONS, type SummaryRow } from './lib/measure.js';
import { questionSet } from './lib/question-set.js';
import { slackHeaders, slashCommandBody } from './lib/slack-requests.js';
import { READY, slackBotArgs, slackBotEnv, slackPort } from './lib/spawn-slack-bot.js';
import { readRss, spawnUntil, stopProcess } from './lib/spawn-timed.js';
import { startFakeDiscordGateway } from './lib/start-fake-discord-gateway.js';
import { loadBenchCatalog } from './lib/catalog-file.js';
import { botEntry, botNodeFlags } from '../tests/helpers/bot-node-flags.js';

const ASKED = 20;
const IDLE_MS = 10_000;

// the baseline: a bare Node process that opens the same SQLite file and reads from it
const BARE = `const { default: sqlite3 } = await import('sqlite3');
const db = new sqlite3.Database(process.argv[1]);
db.get('SELECT count(*) AS n FROM agreements', (err, row) => { console.log(err ? 'error' : '"msg":"ready" ' + row.n); });`;

/**
 * The bot's own start-up: the deployed bundle (`node dist/bundle/main.js`) spawned until its "ready" log line, with no chat
 * tokens, and with Slack (HTTP receiver) and Discord (a loopback gateway) both configured, over the
 * shipped catalog and over 10,000 agreements, interleaved with a bare Node process opening the same
 * SQLite file. Then the bot's resident memory once it answered questions over each catalog.
 */
export async function run(): Promise<SummaryRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'normbot-bench-startup-'));
  const files = { small: await catalogFile(SHIPPED), big: await catalogFile(10_000) };
  const discord = await startFakeDiscordGateway();
  const slackApi = await startFakeSlackApi();
  const main = botEntry();
  // with Slack configured, its Web API is on loopback (see use-local-slack-api.ts)
  const withSlack = slackBotArgs();
  const env = (db: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD|IMAP|SMTP|NORMBOT|LOG)_/.test(k))),
    NORMBOT_DB: db,
    NORMBOT_INBOX_DIR: path.join(tmp, 'inbox'),
    LOG_LEVEL: 'info',
    ...extra,
  });
  const slackEnv = slackBotEnv(slackApi.apiUrl);
  const discordEnv = { DISCORD_TOKEN: 'bench-token-000000000000000', DISCORD_APPLICATION_ID: '100000000000000001', DISCORD_API_URL: discord.api };
  const variants = [
    { label: 'bare node + sqlite3 (baseline)', start: (db: string) => spawnUntil(process.execPath, ['--input-type=module', '-e', BARE, '--', db], { env: env(db), until: READY }), db: files.big },
    { label: `bot, no chat tokens, @${SHIPPED}`, start: (db: string) => spawnUntil(process.execPath, [...botNodeFlags(), main], { env: env(db), until: READY }), db: files.small },
    { label: 'bot, no chat tokens, @10k', start: (db: string) => spawnUntil(process.execPath, [...botNodeFlags(), main], { env: env(db), until: READY }), db: files.big },
    { label: 'bot, Slack + Discord, @10k', start: (db: string) => spawnUntil(process.execPath, withSlack, { env: env(db, { ...slackEnv, ...discordEnv }), until: READY }), db: files.big },
  ];
  try {
    const runs = QUICK ? 3 : 5;
    const reps: number[][][] = [];
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const ms = variants.map(() => [] as number[]);
      for (let r = 0; r < runs; r++) {
        for (let k = 0; k < variants.length; k++) {
          const i = (r + k) % variants.length;
          const started = await variants[i]!.start(variants[i]!.db);
          ms[i]!.push(started.ms);
          await stopProcess(started.child);
        }
      }
      reps.push(ms);
    }
    const p50 = (i: number) => reps.map((r) => percentiles(r[i]!).p50);
    console.log(`spawn to the "ready" line, ${runs} starts per repetition, ${REPETITIONS} repetitions, interleaved; ms, range of the medians over repetitions`);
    printTable(['process', 'median ms', 'max ms'], variants.map((v, i) => [v.label, range(p50(i), 0), range(reps.map((r) => Math.max(...r[i]!)), 0)]));

    const base = await loadBenchCatalog(SHIPPED);
    const questions = questionSet(base, ASKED * 2, 400).map((q) => q.text);
    const rss: Array<{ label: string; atReady: ReturnType<typeof readRss>; answered: ReturnType<typeof readRss>; idle: ReturnType<typeof readRss> }> = [];
    for (const [label, db] of [[`@${SHIPPED}`, files.small], ['@10k', files.big]] as const) {
      const bot = await spawnUntil(process.execPath, withSlack, { env: env(db, slackEnv), until: READY });
      try {
        const port = slackPort(bot.output);
        const atReady = readRss(bot.child.pid!);
        for (let i = 0; i < ASKED; i++) {
          const body = slashCommandBody(i, questions[(label === '@10k' ? ASKED : 0) + i]!, slackApi.responseUrl(`${label}-${i}`));
          await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body, headers: slackHeaders(body) }).then((r) => r.arrayBuffer());
        }
        const before = Date.now();
        while (slackApi.calls.filter((c) => c.path.startsWith(`/response/${label}-`)).length < ASKED && Date.now() - before < 120_000) await new Promise((r) => setTimeout(r, 10));
        const answered = readRss(bot.child.pid!);
        // a running bot is idle most of the time: V8 gives back memory after a few idle seconds
        await new Promise((r) => setTimeout(r, IDLE_MS));
        rss.push({ label, atReady, answered, idle: readRss(bot.child.pid!) });
      } finally {
        await stopProcess(bot.child);
      }
    }
    console.log(`\nbot resident memory (Slack configured), at ready, after answering ${ASKED} questions (catalog and text index loaded), then ${IDLE_MS / 1000} s idle`);
    printTable(['catalog', 'RSS at ready', 'RSS answered', `RSS idle`, 'peak RSS'], rss.map((r) => [r.label, mib(r.atReady.rss), mib(r.answered.rss), mib(r.idle.rss), mib(r.idle.peak)]));
    console.log(`(${loadNote()})`);
    const [small, big] = rss;
    return [
      {
        measure: 'bot start-up to ready, no chat tokens (@38 / @10k); Slack + Discord @10k',
        figure: `${range(p50(1), 0)} / ${range(p50(2), 0)} ms; ${range(p50(3), 0)} ms`,
        baseline: `bare node + sqlite3: ${range(p50(0), 0)} ms`,
        goal: '< 500 ms; < 1 s with both adapters',
      },
      {
        measure: 'bot RSS with 10k agreements loaded',
        figure: `${mib(big!.answered.rss)} after answering, ${mib(big!.idle.rss)} idle, peak ${mib(big!.idle.peak)}`,
        baseline: `@${SHIPPED}: ${mib(small!.answered.rss)} / ${mib(small!.idle.rss)} / ${mib(small!.idle.peak)}`,
        goal: '< 150 MB',
      },
    ];
  } finally {
    await discord.close();
    await slackApi.close();
    removeCatalogCopy(files.small);
    removeCatalogCopy(files.big);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
