import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/store/database.js';
import { spawnBot, type BotProcess } from '../helpers/spawn-bot.js';
import { startSmtpSink } from '../helpers/smtp-sink.js';
import { buildHostileMails, type HostileMail } from './build-hostile-mails.js';

/**
 * npm run test:hostile — the hostile corpus through the real bot: the built main.js watching a
 * local inbox folder, storing each raw mail, parsing it, committing the contribution and queueing
 * the acknowledgement, which its outbox sends to a real SMTP server on loopback. Mails are handed
 * over one at a time, so each one's time, crash or hang is its own. Options: --only CATEGORY,
 * --limit N. Exit code 0 when every target is met.
 */
const HANG_MS = 20_000;
const TARGETS = { slowestMs: 5_000, peakRssMb: 400 };

type Fate = { kind: 'done'; ms: number } | { kind: 'crashed'; ms: number; how: string } | { kind: 'hung' };

const sleep = (ms: number) => new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms));
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** Waits until the bot has taken `file`, calling `sample` on every look (for the resident memory while it works). */
async function waitGone(file: string, stop: () => boolean, sample: () => void): Promise<'gone'> {
  while (fs.existsSync(file) && !stop()) {
    sample();
    await new Promise((r) => setTimeout(r, 5));
  }
  sample();
  return 'gone';
}

async function main(): Promise<number> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'normbot-hostile-'));
  const inbox = path.join(work, 'inbox');
  const staging = path.join(work, 'staging');
  fs.mkdirSync(inbox);
  fs.mkdirSync(staging);
  const dbFile = path.join(work, 'normbot.sqlite');
  const logFile = path.join(work, 'bot.log');

  let mails = buildHostileMails();
  const built = mails.length;
  if (arg('--only')) mails = mails.filter((m) => m.category === arg('--only'));
  if (arg('--limit')) mails = mails.slice(0, Number(arg('--limit')));
  const byName = new Map(mails.map((m) => [m.name, m]));
  console.log(`hostile corpus: ${built} mails built, ${mails.length} to run; ${[...new Set(mails.map((m) => m.category))].map((c) => `${c} ${mails.filter((m) => m.category === c).length}`).join(', ')}`);

  const sink = await startSmtpSink();
  const env = {
    NORMBOT_DB: dbFile,
    NORMBOT_INBOX_DIR: inbox,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: 'false',
    SMTP_FROM: 'normbot@bpf.example',
    // every acknowledgement the rules allow is sent, so that each recipient can be checked
    ACK_MAX_PER_HOUR: '100000',
    LOG_LEVEL: 'info',
  };
  let peakKb = 0;
  const start = async (): Promise<BotProcess> => {
    const bot = spawnBot(env, logFile);
    await bot.waitForLog('"msg":"intake watching"', 120_000);
    return bot;
  };
  const settle = async (bot: BotProcess, name: string, code: string) => {
    peakKb = Math.max(peakKb, bot.peakRssKb());
    bot.kill('SIGKILL');
    await bot.exited;
    // the harness, not the bot, gives up on the message, so the restart does not take it again
    const db = await Database.open(dbFile);
    await db.transaction((tx) => tx.run(`UPDATE raw_messages SET status = 'failed', error_code = ? WHERE origin = ? AND status = 'stored'`, [code, `folder:${name}`]));
    await db.close();
    if (fs.existsSync(path.join(inbox, name))) fs.renameSync(path.join(inbox, name), path.join(inbox, 'failed', name));
  };

  let bot = await start();
  const fates = new Map<string, Fate>();
  /** per category, the most resident memory seen while one of its mails was read, and that mail */
  const categoryPeak = new Map<string, { kb: number; name: string }>();
  const started = Date.now();
  for (const [i, m] of mails.entries()) {
    const staged = path.join(staging, m.name);
    fs.writeFileSync(staged, m.raw);
    fs.utimesSync(staged, new Date(0), new Date(0)); // settled: the watcher takes it at once
    const t0 = performance.now();
    fs.renameSync(staged, path.join(inbox, m.name));
    let stop = false;
    const exited = bot.exited.then((e) => e);
    const sample = () => {
      const kb = bot.rssKb();
      if (kb > (categoryPeak.get(m.category)?.kb ?? 0)) categoryPeak.set(m.category, { kb, name: m.name });
    };
    const result = await Promise.race([waitGone(path.join(inbox, m.name), () => stop, sample), exited, sleep(HANG_MS)]);
    stop = true;
    const ms = performance.now() - t0;
    if (result === 'gone') fates.set(m.name, { kind: 'done', ms });
    else if (result === 'timeout') {
      fates.set(m.name, { kind: 'hung' });
      await settle(bot, m.name, 'HARNESS_HUNG');
      bot = await start();
    } else {
      fates.set(m.name, { kind: 'crashed', ms, how: result.signal ?? `exit ${result.code}` });
      await settle(bot, m.name, 'HARNESS_CRASHED');
      bot = await start();
    }
    if ((i + 1) % 100 === 0) console.log(`  ${i + 1}/${mails.length} handed over (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }

  // the outbox sends what was queued (a pass every 5 s)
  const queued = async () => {
    const db = await Database.open(dbFile);
    const row = await db.get<{ n: number }>(`SELECT count(*) AS n FROM outbox WHERE status = 'pending'`);
    await db.close();
    return row?.n ?? 0;
  };
  for (let t = 0; t < 120 && (await queued()) > 0; t++) await sleep(500);

  const corpusPeakKb = Math.max(peakKb, bot.peakRssKb());
  // SIGTERM while a PDF bomb is being read, then SIGTERM when idle
  const bomb = mails.find((m) => m.category === 'pdf-bomb') ?? buildHostileMails().find((m) => m.category === 'pdf-bomb')!;
  fs.writeFileSync(path.join(inbox, 'zz-sigterm.eml'), Buffer.concat([Buffer.from('Message-ID: <sigterm-during-extraction@example.org>\r\n'), bomb.raw]));
  await sleep(700);
  let t0 = performance.now();
  peakKb = Math.max(peakKb, bot.peakRssKb());
  bot.kill('SIGTERM');
  await Promise.race([bot.exited, sleep(30_000)]);
  const stopDuringExtractionMs = performance.now() - t0;
  await settle(bot, 'zz-sigterm.eml', 'HARNESS_STOP_TEST'); // not taken again by the restart
  bot = await start();
  await sleep(500);
  t0 = performance.now();
  peakKb = Math.max(peakKb, bot.peakRssKb());
  bot.kill('SIGTERM');
  await bot.exited;
  const stopIdleMs = performance.now() - t0;
  await sink.stop();

  return report({ mails, byName, fates, categoryPeak, dbFile, sink, peakKb: corpusPeakKb, stopTestPeakKb: peakKb, stopDuringExtractionMs, stopIdleMs, work, seconds: (Date.now() - started) / 1000 });
}

async function report(r: {
  mails: HostileMail[];
  byName: Map<string, HostileMail>;
  fates: Map<string, Fate>;
  categoryPeak: Map<string, { kb: number; name: string }>;
  dbFile: string;
  sink: Awaited<ReturnType<typeof startSmtpSink>>;
  peakKb: number;
  /** including the SIGTERM test, which reads one more PDF bomb */
  stopTestPeakKb: number;
  stopDuringExtractionMs: number;
  stopIdleMs: number;
  work: string;
  seconds: number;
}): Promise<number> {
  const db = await Database.open(r.dbFile);
  const rows = await db.all<{ origin: string; status: string; error_code: string | null; kind: string | null }>(
    `SELECT r.origin, r.status, r.error_code, c.kind FROM raw_messages r LEFT JOIN contributions c ON c.raw_message_id = r.id WHERE r.origin LIKE 'folder:%'`,
  );
  const acks = await db.all<{ origin: string; to_address: string; status: string }>(
    `SELECT r.origin, o.to_address, o.status FROM outbox o JOIN contributions c ON o.dedupe_key = 'ack:' || c.id JOIN raw_messages r ON r.id = c.raw_message_id`,
  );
  const withheld = await db.all<{ reason: string; n: number }>(`SELECT ack_reason AS reason, count(*) AS n FROM contributions WHERE ack_status = 'withheld' GROUP BY ack_reason ORDER BY n DESC`);
  await db.close();
  const byOrigin = new Map(rows.map((x) => [x.origin.slice('folder:'.length), x]));
  const tally = (list: string[]) => [...list.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');

  const fates = [...r.fates.entries()];
  const crashed = fates.filter(([, f]) => f.kind === 'crashed');
  const hung = fates.filter(([, f]) => f.kind === 'hung');
  const done = fates.filter(([, f]) => f.kind === 'done').map(([name, f]) => ({ name, ms: (f as { ms: number }).ms, row: byOrigin.get(name) }));
  const parsed = done.filter((d) => d.row?.status === 'processed');
  const failed = done.filter((d) => d.row?.status === 'failed');
  const other = done.filter((d) => d.row?.status !== 'processed' && d.row?.status !== 'failed');
  const slowest = [...done].sort((a, b) => b.ms - a.ms).slice(0, 5);
  const misdirected = acks.filter((a) => {
    const allowed = r.byName.get(a.origin.slice('folder:'.length))?.allowedRecipient;
    return allowed !== undefined && a.to_address.toLowerCase() !== (allowed ?? '').toLowerCase();
  });
  const injected = r.sink.received.filter((m) => m.to.length !== 1 || m.headers.has('bcc') || m.headers.has('x-injected') || m.headers.has('body-injection') || /[\r\n]/.test(m.subject));
  const peakMb = r.peakKb / 1024;
  const slowestMs = slowest[0]?.ms ?? 0;

  const lines = [
    '',
    `hostile intake run: ${r.mails.length} mails in ${r.seconds.toFixed(0)} s (work folder ${r.work})`,
    `  parsed:               ${parsed.length}  (${tally(parsed.map((d) => d.row?.kind ?? '?'))})`,
    `    with parse warnings: ${tally(parsed.flatMap((d) => (d.row?.error_code ? d.row.error_code.split(',') : []))) || 'none'}`,
    `  failed with a reason: ${failed.length}  (${tally(failed.map((d) => d.row?.error_code ?? '?'))})`,
    ...(other.length ? [`  other:                ${other.length}  (${tally(other.map((d) => d.row?.status ?? 'no row'))})`] : []),
    `  crashed:              ${crashed.length}${crashed.length ? `  (${crashed.map(([n, f]) => `${n}: ${(f as { how: string }).how}`).slice(0, 10).join('; ')})` : ''}`,
    `  hung (> ${HANG_MS / 1000} s):        ${hung.length}${hung.length ? `  (${hung.map(([n]) => n).slice(0, 10).join(', ')})` : ''}`,
    `  per category:         ${[...new Set(r.mails.map((m) => m.category))].map((c) => `${c}: ${r.mails.filter((m) => m.category === c).map((m) => r.fates.get(m.name)?.kind ?? '?').reduce((a, k) => (k === 'done' ? a : a + 1), 0)} crashed/hung`).join(', ')}`,
    `  peak RSS:             ${peakMb.toFixed(0)} MB over the corpus (${(r.stopTestPeakKb / 1024).toFixed(0)} MB with the SIGTERM test)`,
    `  RSS while reading:    ${[...r.categoryPeak].map(([c, p]) => `${c} ${(p.kb / 1024).toFixed(0)} MB (${p.name.slice(0, 4)})`).join(', ')}`,
    `  slowest messages:     ${slowest.map((s) => `${s.name} ${(s.ms / 1000).toFixed(2)} s`).join('; ')}`,
    `  median message:       ${done.length ? (([...done].sort((a, b) => a.ms - b.ms)[Math.floor(done.length / 2)]!.ms) / 1000).toFixed(3) : '-'} s`,
    `  acknowledgements:     ${acks.length} queued, ${acks.filter((a) => a.status === 'sent').length} sent, ${r.sink.received.length} received by SMTP; withheld: ${withheld.map((w) => `${w.reason} ${w.n}`).join(', ')}`,
    `  to an address not the From mailbox: ${misdirected.length}${misdirected.length ? ` (${misdirected.slice(0, 5).map((m) => m.origin).join(', ')})` : ''}`,
    `  mail with injected headers or recipients: ${injected.length}`,
    `  SIGTERM during a PDF bomb: stopped in ${(r.stopDuringExtractionMs / 1000).toFixed(2)} s; when idle: ${(r.stopIdleMs / 1000).toFixed(2)} s`,
  ];
  const checks: Array<[string, boolean]> = [
    ['0 crashed', crashed.length === 0],
    ['0 hung', hung.length === 0],
    [`slowest < ${TARGETS.slowestMs / 1000} s`, slowestMs < TARGETS.slowestMs],
    [`peak RSS < ${TARGETS.peakRssMb} MB`, peakMb < TARGETS.peakRssMb],
    ['no acknowledgement to a third party', misdirected.length === 0],
    ['no injected header or recipient', injected.length === 0],
  ];
  lines.push(`  targets: ${checks.map(([name, ok]) => `${ok ? 'MET' : 'MISSED'} ${name}`).join(' · ')}`);
  console.log(lines.join('\n'));
  return checks.every(([, ok]) => ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
