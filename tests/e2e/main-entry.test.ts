import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { GatewayIntentBits } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { botEntry } from '../helpers/bot-node-flags.js';
import { buildDeployed } from '../helpers/build-deployed.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../helpers/fake-discord-api.js';
import { startFakeDiscordGateway, type FakeDiscordGateway } from '../helpers/fake-discord-gateway.js';
import { postSigned, startFakeSlackApi, type FakeSlackApi } from '../helpers/fake-slack-api.js';
import { makeTempDir } from '../helpers/make-temp-dir.js';
import { GUILD } from '../integration/discord/discord-rig.js';
import { IDS } from '../integration/discord/discord-payloads.js';

/**
 * The bot as it is deployed: the bundle `npm start` runs (`node dist/bundle/main.js`) with the README's variables, Slack's Web API
 * and Discord's REST and gateway replaced by recording servers on loopback, mail dropped into the
 * inbox folder; and the CLI as installed (bin/normbot.js, the bundled CLI). Built once before the
 * scenarios (the build is what `npm start` runs), in this one file so that no other test file
 * rebuilds dist/bundle/ while these run from it.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIL = path.join(ROOT, 'tests/fixtures/mail');
const SECRET = 'e2e-signing-secret';

beforeAll(async () => {
  await buildDeployed();
}, 240_000);

interface Running {
  child: ChildProcess;
  stderr: () => string;
  logs: () => Array<Record<string, unknown>>;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [botEntry()], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const logs = () => err.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { child, stderr: () => err, logs, exited };
}

async function until<T>(what: string, probe: () => T | undefined | false, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const got = probe();
    if (got) return got;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

describe('the real entry point', () => {
  let dir: { dir: string; cleanup: () => Promise<void> };
  let slack: FakeSlackApi;
  let gateway: FakeDiscordGateway;
  let discord: FakeDiscordApi;
  let bot: Running | null = null;

  beforeAll(async () => {
    slack = await startFakeSlackApi();
    gateway = await startFakeDiscordGateway({ user: { id: IDS.bot, username: 'normbot' }, applicationId: IDS.app, guilds: [GUILD] });
    discord = await startFakeDiscordApi({ gatewayUrl: gateway.url });
  });
  afterAll(async () => {
    await slack.close();
    await gateway.close();
    await discord.close();
  });
  afterEach(async () => {
    if (bot && bot.child.exitCode === null) {
      bot.child.kill('SIGKILL');
      await bot.exited;
    }
    bot = null;
    await dir.cleanup();
  });

  const baseEnv = async () => {
    dir = await makeTempDir('normbot-e2e-');
    await fs.mkdir(path.join(dir.dir, 'inbox'));
    return { NORMBOT_DB: path.join(dir.dir, 'normbot.sqlite'), NORMBOT_INBOX_DIR: path.join(dir.dir, 'inbox'), LOG_LEVEL: 'info' };
  };
  const slackEnv = (port: number) => ({
    SLACK_MODE: 'http', SLACK_BOT_TOKEN: 'xoxb-e2e', SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: String(port), SLACK_HOST: '127.0.0.1',
    SLACK_MODERATORS_CHANNEL: 'CMODS', SLACK_MODERATOR_USERS: 'UMOD1', SLACK_API_URL: slack.apiUrl,
  });

  it('stops with a readable error naming SLACK_BOT_TOKEN, exit code 1, when Slack refuses the token', async () => {
    slack.failNext('auth.test', { error: 'token_revoked' });
    bot = run({ ...(await baseEnv()), ...slackEnv(await freePort()) });
    expect(await bot.exited).toBe(1);
    const lastLine = bot.stderr().trim().split('\n').at(-1);
    expect(lastLine).toBe("normbot could not start: Slack refused SLACK_BOT_TOKEN (token_revoked); copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page, or reinstall the app if it was revoked [SLACK_AUTH_FAILED]");
    expect(bot.stderr()).not.toMatch(/^\s+at /m);
  });

  const discordEnv = () => ({
    DISCORD_TOKEN: 'fake-bot-token-0000000000', DISCORD_APPLICATION_ID: IDS.app, DISCORD_MODERATOR_ROLE_ID: IDS.moderatorRole,
    DISCORD_MODERATION_CHANNEL_ID: IDS.channel, DISCORD_API_URL: discord.api,
  });
  // SQLite removes the write-ahead log when the store is closed; a process that just exits leaves it
  /** the store was opened at that path and closed (a closed SQLite file in WAL mode leaves no -wal file) */
  const storeClosed = async (env: { NORMBOT_DB: string }) => (await fs.stat(env.NORMBOT_DB).catch(() => null)) !== null && !(await fs.stat(`${env.NORMBOT_DB}-wal`).catch(() => null));

  it('stops what already started when a platform fails to start: the Discord connection closed, the store closed, exit code 1', async () => {
    slack.failNext('auth.test', { error: 'invalid_auth' });
    const env = await baseEnv();
    const closedBefore = gateway.closeCodes.length;
    bot = run({ ...env, ...slackEnv(await freePort()), ...discordEnv() });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim().split('\n').at(-1)).toMatch(/^normbot could not start: Slack refused SLACK_BOT_TOKEN \(invalid_auth\);/);
    // Discord connects beside Slack, and was logged out with a normal close, not dropped by the exit
    expect(gateway.closeCodes.slice(closedBefore)).toEqual([1000]);
    expect(await storeClosed(env)).toBe(true);
  }, 60_000);

  it('shuts down cleanly on SIGTERM while a platform is still connecting: exit code 0, the store closed, never ready', async () => {
    const held = slack.hold('auth.test');
    try {
      const env = await baseEnv();
      bot = run({ ...env, ...slackEnv(await freePort()) });
      const running = bot;
      await until('the intake to start', () => running.logs().find((l) => l.msg === 'intake watching'), 60_000);
      running.child.kill('SIGTERM');
      expect(await running.exited).toBe(0);
      expect(running.logs()).toContainEqual(expect.objectContaining({ msg: 'stopping', signal: 'SIGTERM' }));
      expect(running.logs().map((l) => l.msg)).not.toContain('ready');
      expect(await storeClosed(env)).toBe(true);
    } finally {
      held.release();
    }
  }, 60_000);

  it('runs Slack and Discord on one desk: cards for new mail at once, a decision in Slack on both cards, a clean stop', async () => {
    const port = await freePort();
    slack.botInChannel = false;
    bot = run({
      ...(await baseEnv()),
      ...slackEnv(port),
      ...discordEnv(),
    });
    const running = bot;
    // a cold start of the built bot (store, catalog, Bolt, the gateway login) can take a while on a shared machine
    await until('the desk to start', () => running.logs().find((l) => l.msg === 'moderation desk started'), 60_000);

    // Discord logged in over the gateway without the privileged Message Content intent
    expect(gateway.identifies.at(-1)!.d.intents & GatewayIntentBits.MessageContent).toBe(0);
    // Slack's start-up check warned about the channel
    expect(running.logs()).toContainEqual(expect.objectContaining({ level: 40, msg: 'the bot is not a member of SLACK_MODERATORS_CHANNEL=CMODS; invite it there (/invite @normbot), or cards cannot be posted' }));

    // a contribution dropped into the inbox: its card on both platforms, no sync to wait for
    await fs.copyFile(path.join(MAIL, 'corpus/D03-html-table.eml'), path.join(dir.dir, 'inbox', 'd03.eml'));
    const slackCard = await until('the Slack card', () => slack.callsTo('chat.postMessage').find((c) => String(c.args.text).startsWith('Draft 1: ')));
    const discordCard = await until('the Discord card', () => discord.calls.find((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`));
    expect(discordCard.body.embeds[0].title).toBe(String(slackCard.args.text).split('\n')[0]);

    // a mail that is no contribution: a "needs a look" card on both
    await fs.copyFile(path.join(MAIL, 'unsorted-letter.eml'), path.join(dir.dir, 'inbox', 'letter.eml'));
    await until('the Slack needs-a-look card', () => slack.callsTo('chat.postMessage').find((c) => String(c.args.text).startsWith('Needs a look 1: Workshop on cyber diplomacy')));
    await until('the Discord needs-a-look card', () => discord.calls.find((c) => c.body?.embeds?.[0]?.title === 'Needs a look 1: Workshop on cyber diplomacy in West Africa'));

    // approved from the Slack card: the moderator is answered, both cards change, both threads hear who did it
    const click = new URLSearchParams({ payload: JSON.stringify({
      type: 'block_actions', api_app_id: 'A1', token: 't', trigger_id: 'trig.1', team: { id: 'T1', domain: 'bpf' }, user: { id: 'UMOD1', username: 'umod1', name: 'umod1', team_id: 'T1' },
      channel: { id: 'CMODS', name: 'moderators' }, container: { type: 'message', message_ts: '1', channel_id: 'CMODS', is_ephemeral: false },
      message: { type: 'message', ts: '1', text: 'card' }, response_url: slack.responseUrl('e2e-approve'),
      actions: [{ type: 'button', action_id: 'approve', block_id: 'b1', value: '1', action_ts: '1', text: { type: 'plain_text', text: 'Approve' } }],
    }) }).toString();
    expect((await postSigned(`http://127.0.0.1:${port}/slack/events`, click, { secret: SECRET })).status).toBe(200);
    await until('the answer to the moderator', () => slack.callsTo('response').find((c) => /^Approved draft 1: /.test(String(c.args.text))));
    await until('the Slack card redrawn', () => slack.callsTo('chat.update').find((c) => JSON.stringify(c.args.blocks).includes('approved by umod1')));
    await until('the Discord card redrawn', () => discord.calls.find((c) => c.method === 'PATCH' && JSON.stringify(c.body?.embeds ?? '').includes('approved by umod1')));
    await until('the Discord thread note', () => discord.calls.find((c) => c.method === 'POST' && /^\/api\/v10\/channels\/\d+\/messages$/.test(c.path) && String(c.body?.content).startsWith('Draft 1 approved by umod1')));
    await until('the Slack thread note', () => slack.callsTo('chat.postMessage').find((c) => c.args.thread_ts && String(c.args.text).startsWith('Draft 1 approved by umod1')));

    // nothing reached chat with a contributor's address
    expect(JSON.stringify(slack.calls) + JSON.stringify(discord.calls)).not.toMatch(/civic-example\.org/);

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.logs()).toContainEqual(expect.objectContaining({ msg: 'stopping', signal: 'SIGTERM' }));
  }, 120_000);
});

async function normbot(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'bin/normbot.js'), ...args], { cwd: ROOT });
  return stdout;
}

interface ParsedOutput {
  kind: string;
  contributor: Record<string, unknown>;
  agreements: Array<Record<string, unknown>>;
  warnings: unknown[];
}

// the bundle is a few files in dist/bundle/: what finds a file next to the code at run time (the
// extraction worker, the commands folder, the package root for data/) is checked from there
describe('the deployed CLI (bin/normbot.js)', () => {
  it('reads a .docx attachment in the extraction worker: the contributor and the agreements come from the document', async () => {
    const m = JSON.parse(await normbot('parse', path.join(MAIL, 'seed-aspi-docx.eml'), '--json')) as ParsedOutput;
    expect(m.warnings).toEqual([]);
    expect(m.kind).toBe('contribution');
    expect(m.contributor).toMatchObject({ affiliation: 'Australian Strategic Policy Institute, International Cyber Policy Centre', country: 'Australia' });
    expect(m.agreements[0]).toMatchObject({ launchYear: 2016, maintainer: 'Singapore Cybersecurity Agency' });
  });

  it('reads a PDF attachment in the extraction worker', async () => {
    const m = JSON.parse(await normbot('parse', path.join(MAIL, 'pdf-attachment.eml'), '--json')) as ParsedOutput;
    expect(m.warnings).toEqual([]);
    expect(m.agreements[0]).toMatchObject({ name: 'Mutually Agreed Norms for Routing Security (MANRS)', launchYear: 2014, maintainer: 'Internet Society' });
  });

  it('lists its commands from the bundled commands folder', async () => {
    const help = await normbot('help');
    for (const name of ['ask', 'parse', 'chart', 'discord:register']) expect(help).toMatch(new RegExp(`^  ${name} `, 'm'));
  });
});

/** The files of dist/bundle/, recursively. */
async function bundleFiles(dir = path.join(ROOT, 'dist/bundle')): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return (await Promise.all(entries.map((e) => (e.isDirectory() ? bundleFiles(path.join(dir, e.name)) : [path.join(dir, e.name)])))).flat();
}

/** Whether Node's import of a package specifier loads a CommonJS file (by extension, else by the nearest package.json's "type"). */
async function importsCommonJs(spec: string): Promise<boolean> {
  const file = fileURLToPath(import.meta.resolve(spec));
  if (/\.(cjs|mjs)$/.test(file)) return file.endsWith('.cjs');
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const manifest = await fs.readFile(path.join(dir, 'package.json'), 'utf8').catch(() => null);
    if (manifest) return (JSON.parse(manifest) as { type?: string }).type !== 'module';
  }
}

describe('the deployed bundle', () => {
  it('loads the CommonJS packages (discord.js, Bolt, pino, sqlite3) by require: an import makes Node lex every file they require', async () => {
    const specs = new Set<string>();
    for (const file of await bundleFiles()) {
      const code = await fs.readFile(file, 'utf8');
      for (const m of code.matchAll(/^import\s[^;]*?from\s*"([^"]+)"|\bimport\("([^"]+)"\)/gm)) specs.add(m[1] ?? m[2]!);
    }
    const packages = [...specs].filter((spec) => !spec.startsWith('.') && !isBuiltin(spec));
    expect(packages.length).toBeGreaterThan(0); // the ES-module packages (imapflow, mailparser...) are still imported
    const commonJs = [];
    for (const spec of packages) if (await importsCommonJs(spec)) commonJs.push(spec);
    expect(commonJs).toEqual([]);
  });
});
