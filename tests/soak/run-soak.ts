import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { Database } from '../../src/store/database.js';
import { startDovecot } from '../helpers/dovecot.js';
import { spawnBot, type BotProcess } from '../helpers/spawn-bot.js';
import { startSmtpSink } from '../helpers/smtp-sink.js';
import { seededRandom } from '../helpers/seeded-random.js';

/**
 * npm run test:soak — 500 contributions delivered to a real Dovecot while the real bot (the built
 * main.js, IMAP in, SMTP out) is killed with SIGKILL at random moments at least 5 times, then
 * exact counts: every raw message, contribution, draft and acknowledgement exactly once. Exit
 * code 0 when every count is exact.
 */
const MESSAGES = 500;
const UPFRONT = 100;
const MIN_KILLS = 5;
const MAX_KILLS = 30;
const AUTHSERV = 'mx.bpf.example';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function contribution(i: number): Buffer {
  const domain = `org${i}.example`;
  return Buffer.from(
    [
      `Authentication-Results: ${AUTHSERV}; spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`,
      `From: Contributor ${i} <person${i}@${domain}>`,
      'To: contribution@bpf.example',
      `Subject: BPF Cybersecurity contribution ${i}`,
      'Date: Mon, 02 Mar 2026 09:00:00 +0000',
      `Message-ID: <soak-${i}@${domain}>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      `Name of the agreement: Soak Test Regional Accord number ${i}`,
      `Date of launch: ${2000 + (i % 25)}`,
      'Parties: States of the region',
      'Maintained by: the regional secretariat',
      '',
      'About you',
      `Name: Person ${i}`,
      `Affiliation: Institute ${i}`,
      '',
    ].join('\r\n'),
  );
}

async function main(): Promise<number> {
  const rnd = seededRandom(500_5);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'normbot-soak-'));
  const dbFile = path.join(work, 'normbot.sqlite');
  const logFile = path.join(work, 'bot.log');
  const dovecot = await startDovecot();
  const sink = await startSmtpSink();
  const imap = new ImapFlow({ ...dovecot.imap, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
  await imap.connect();
  try {
    for (let i = 1; i <= UPFRONT; i++) await imap.append('INBOX', contribution(i));
    const env = {
      NORMBOT_DB: dbFile,
      IMAP_HOST: '127.0.0.1',
      IMAP_PORT: String(dovecot.port),
      IMAP_USER: dovecot.user,
      IMAP_PASSWORD: dovecot.password,
      IMAP_SECURE: 'false',
      IMAP_PROCESSED_MAILBOX: 'Processed',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      SMTP_SECURE: 'false',
      SMTP_FROM: 'normbot@bpf.example',
      MAIL_AUTHSERV_ID: AUTHSERV,
      ACK_MAX_PER_HOUR: '100000',
      LOG_LEVEL: 'info',
    };
    const start = async (): Promise<BotProcess> => {
      const b = spawnBot(env, logFile);
      await b.waitForLog('"msg":"intake watching"', 120_000);
      return b;
    };
    const count = async (sql: string) => {
      const db = await Database.open(dbFile);
      try {
        return (await db.get<{ n: number }>(sql))?.n ?? 0;
      } finally {
        await db.close();
      }
    };
    const done = async () =>
      (await count(`SELECT count(*) AS n FROM raw_messages WHERE status <> 'stored'`)) >= MESSAGES && (await count(`SELECT count(*) AS n FROM outbox WHERE status = 'pending'`)) === 0;

    const started = Date.now();
    let bot = await start();
    // the rest arrives while the bot runs, as mail does
    let delivered = UPFRONT;
    const delivering = (async () => {
      const sender = new ImapFlow({ ...dovecot.imap, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
      await sender.connect();
      while (delivered < MESSAGES) {
        for (let k = 0; k < 20 && delivered < MESSAGES; k++) await sender.append('INBOX', contribution(++delivered));
        await sleep(800);
      }
      await sender.logout();
    })();

    // kills land at random moments while work is outstanding: messages to fetch or process, or
    // acknowledgements to send; MIN_KILLS of them at least
    const kills: Array<{ at: number; processed: number; pendingRaw: number; pendingMail: number }> = [];
    while (kills.length < MAX_KILLS) {
      await sleep(1_000 + rnd() * 2_000);
      const processed = await count(`SELECT count(*) AS n FROM raw_messages WHERE status <> 'stored'`);
      const pendingMail = await count(`SELECT count(*) AS n FROM outbox WHERE status = 'pending'`);
      if (delivered >= MESSAGES && processed >= MESSAGES && pendingMail === 0) break;
      const pendingRaw = await count(`SELECT count(*) AS n FROM raw_messages WHERE status = 'stored'`);
      bot.kill('SIGKILL');
      await bot.exited;
      kills.push({ at: (Date.now() - started) / 1000, processed, pendingRaw, pendingMail });
      console.log(`  SIGKILL ${kills.length} at ${kills.at(-1)!.at.toFixed(1)} s: ${processed} messages done, ${pendingRaw} stored but not processed, ${pendingMail} acknowledgements to send`);
      bot = await start();
    }
    await delivering;
    for (let t = 0; t < 600 && !(await done()); t++) await sleep(500);
    const t0 = performance.now();
    bot.kill('SIGTERM');
    await bot.exited;
    const stopMs = performance.now() - t0;

    const db = await Database.open(dbFile);
    const one = async (sql: string) => (await db.get<{ n: number }>(sql))?.n ?? -1;
    const figures = {
      raw: await one('SELECT count(*) AS n FROM raw_messages'),
      rawDistinct: await one('SELECT count(DISTINCT message_id) AS n FROM raw_messages'),
      rawProcessed: await one(`SELECT count(*) AS n FROM raw_messages WHERE status = 'processed'`),
      contributions: await one('SELECT count(*) AS n FROM contributions'),
      contributionsDistinct: await one('SELECT count(DISTINCT raw_message_id) AS n FROM contributions'),
      drafts: await one('SELECT count(*) AS n FROM drafts'),
      contributionsWithoutOneDraft: await one('SELECT count(*) AS n FROM contributions c WHERE (SELECT count(*) FROM drafts d WHERE d.contribution_id = c.id) <> 1'),
      acks: await one(`SELECT count(*) AS n FROM outbox WHERE kind = 'acknowledgement'`),
      acksSent: await one(`SELECT count(*) AS n FROM outbox WHERE kind = 'acknowledgement' AND status = 'sent'`),
      maxStarts: await one('SELECT max(attempts) AS n FROM raw_messages'),
    };
    await db.close();
    const inbox = (await imap.status('INBOX', { messages: true })) || { messages: -1 };
    const processedBox = (await imap.status('Processed', { messages: true })) || { messages: -1 };
    const replies = sink.received.map((m) => String(m.headers.get('in-reply-to') ?? ''));
    const distinctReplies = new Set(replies).size;
    const distinctIds = new Set(sink.received.map((m) => String(m.headers.get('message-id') ?? ''))).size;

    const checks: Array<[string, number, number]> = [
      ['raw messages', figures.raw, MESSAGES],
      ['raw messages, distinct Message-IDs', figures.rawDistinct, MESSAGES],
      ['raw messages processed', figures.rawProcessed, MESSAGES],
      ['contributions', figures.contributions, MESSAGES],
      ['contributions, distinct raw messages', figures.contributionsDistinct, MESSAGES],
      ['drafts', figures.drafts, MESSAGES],
      ['contributions without exactly one draft', figures.contributionsWithoutOneDraft, 0],
      ['acknowledgements queued', figures.acks, MESSAGES],
      ['acknowledgements sent', figures.acksSent, MESSAGES],
      ['acknowledged contributions (distinct In-Reply-To received)', distinctReplies, MESSAGES],
      ['messages left in INBOX', inbox.messages ?? -1, 0],
      ['messages in Processed', processedBox.messages ?? -1, MESSAGES],
      ['SIGKILLs', Math.min(kills.length, MIN_KILLS), MIN_KILLS],
    ];
    console.log(
      [
        '',
        `soak run: ${MESSAGES} messages over IMAP, ${kills.length} SIGKILLs of the bot while work was outstanding (${kills.filter((k) => k.processed < MESSAGES).length} before every message was processed), ${((Date.now() - started) / 1000).toFixed(0)} s; work folder ${work}`,
        ...checks.map(([name, got, want]) => `  ${got === want ? 'exact ' : 'WRONG '} ${name}: ${got}${got === want ? '' : ` (expected ${want})`}`),
        `  SMTP deliveries: ${sink.received.length} (${distinctIds} distinct Message-IDs; a kill between the SMTP send and its commit sends one again, with the same Message-ID)`,
        `  most processing starts of one message: ${figures.maxStarts}`,
        `  SIGTERM at the end: stopped in ${(stopMs / 1000).toFixed(2)} s`,
      ].join('\n'),
    );
    return checks.every(([, got, want]) => got === want) ? 0 : 1;
  } finally {
    await imap.logout().catch(() => undefined);
    await sink.stop();
    await dovecot.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
