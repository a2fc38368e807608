import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { botEntry, botNodeFlags } from '../../tests/helpers/bot-node-flags.js';
import { SLACK_SECRET } from './slack-requests.js';
import { spawnUntil, type Spawned } from './spawn-timed.js';

export const READY = /"msg":"ready"/;

/**
 * `node <flags> dist/bundle/main.js` as deployed (the flags of `npm start`), with Slack's HTTP receiver on a free loopback port and its
 * Web API on `slackApiUrl` (see use-local-slack-api.ts): the arguments, and the variables to add to
 * a bench environment. Resolves at the bot's "ready" line with the port Bolt listens on.
 */
export const slackBotArgs = (): string[] => [
  ...botNodeFlags(),
  '--import',
  pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'use-local-slack-api.js')).href,
  botEntry(),
];

export const slackBotEnv = (slackApiUrl: string): Record<string, string> => ({
  BENCH_SLACK_API_URL: slackApiUrl,
  SLACK_MODE: 'http',
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_SIGNING_SECRET: SLACK_SECRET,
  SLACK_PORT: '0',
  SLACK_HOST: '127.0.0.1',
  SLACK_MODERATORS_CHANNEL: 'CMODS',
  SLACK_MODERATOR_USERS: 'UMOD',
});

/** The port from the bot's "Slack bot started" log line. */
export function slackPort(output: string): number {
  const port = Number(/"port":(\d+)[^\n]*"msg":"Slack bot started"/.exec(output)?.[1]);
  if (!Number.isInteger(port)) throw new Error(`no "Slack bot started" line with a port in the bot's log:\n${output.slice(-2000)}`);
  return port;
}

/** The bot logs one of these when a question's work is over: its answer and the answer's files sent, or its failure reported. */
const QUESTION_DONE = /"msg":"question (answered|failed)"/;

/** The bot, with the number of questions whose work is over (from its log, read as it comes). */
export async function spawnSlackBot(env: NodeJS.ProcessEnv): Promise<Spawned & { port: number; questionsDone: () => number }> {
  const bot = await spawnUntil(process.execPath, slackBotArgs(), { env, until: READY, timeoutMs: 120_000 });
  let done = 0;
  let partial = '';
  bot.child.stderr!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    done += lines.filter((line) => QUESTION_DONE.test(line)).length;
  });
  return { ...bot, port: slackPort(bot.output), questionsDone: () => done };
}
