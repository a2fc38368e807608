import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { pino } from 'pino';
import { startImapWatcher } from '../src/intake/mailbox/start-imap-watcher.js';
import { parseEmail } from '../src/intake/parse/parse-email.js';
import { openStore } from '../src/store/open-store.js';
import { packageRoot } from '../src/store/package-root.js';
import { startDovecot } from '../tests/helpers/dovecot.js';

const BACKLOG = 1_000;

function agreementNames(): string[] {
  const dir = path.join(packageRoot(), 'data', 'agreements');
  return fs.readdirSync(dir).map((f) => (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { name: string }).name);
}

/** A backlog that looks like the contribution mailbox: inline answers, HTML tables, some auto-replies. */
function buildMessage(i: number, names: string[]): Buffer {
  const name = names[i % names.length]!;
  const head = (type: string, extra = '') =>
    `From: Contributor ${i} <c${i}@example.test>\r\nTo: contribution@bpf.example\r\nSubject: BPF Cybersecurity contribution ${i}\r\nDate: Wed, 07 Oct 2020 16:00:00 +0000\r\nMessage-ID: <bench-${i}@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: ${type}; charset=utf-8\r\n${extra}\r\n`;
  if (i % 10 === 9) return Buffer.from(`${head('text/plain', 'Auto-Submitted: auto-replied\r\n')}I am out of the office until Monday.\r\n`);
  if (i % 5 === 0) {
    return Buffer.from(
      `${head('text/html')}<p>Please find our contribution below.</p><table><tr><td>Name of the agreement</td><td>${name}</td></tr><tr><td>Date of launch</td><td>November ${2010 + (i % 12)}</td></tr><tr><td>Parties</td><td>States and companies</td></tr></table><p>About you</p><p>Name: Person ${i}<br>Affiliation: Institute ${i}<br>Country: Kenya</p>\r\n`,
    );
  }
  const body = [
    'Dear BPF team, here is our answer to the call for contributions.',
    '',
    `Name of the agreement: ${name}`,
    `Date of launch: from ${2005 + (i % 15)}`,
    'Parties: States of the region and civil society organisations',
    'Maintained by: the regional secretariat',
    'Does it include UN GGE norms: yes, it calls on states not to harm critical infrastructure and to protect supply chains.',
    '',
    'About you',
    `Name: Person ${i}`,
    `Affiliation: Institute ${i}`,
    'Country: Chile',
    '',
  ].join('\r\n');
  return Buffer.from(`${head('text/plain')}${body}`);
}

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Backlog of 1,000 messages from a real Dovecot into drafts, next to a bare imapflow fetch of the same messages. */
export async function run(): Promise<void> {
  const dovecot = await startDovecot();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'normbot-bench-'));
  const auth = { user: dovecot.user, pass: dovecot.password };
  try {
    const names = agreementNames();
    const loader = new ImapFlow({ ...dovecot.imap, auth, logger: false });
    await loader.connect();
    let bytes = 0;
    for (let i = 0; i < BACKLOG; i++) {
      const raw = buildMessage(i, names);
      bytes += raw.length;
      await loader.append('INBOX', raw);
    }
    await loader.logout();

    // bare imapflow: fetch every message's source once
    const bareStart = performance.now();
    const bare = new ImapFlow({ ...dovecot.imap, auth, logger: false });
    await bare.connect();
    const lock = await bare.getMailboxLock('INBOX');
    let fetched = 0;
    try {
      for await (const m of bare.fetch('1:*', { uid: true, source: true }, { uid: true })) if (m.source) fetched++;
    } finally {
      lock.release();
    }
    await bare.logout();
    const bareMs = performance.now() - bareStart;

    // the whole intake: fetch, store raw, parse, commit contribution + drafts + ack, flag \Seen, checkpoint
    const store = await openStore(path.join(dir, 'normbot.sqlite'));
    const deps = {
      db: store.db,
      parse: parseEmail,
      catalog: () => store.catalog.loadSnapshot(),
      smtpFrom: 'normbot@bpf.example',
      logger: pino({ level: 'silent' }),
      now: () => new Date(),
    };
    await deps.catalog(); // warm the snapshot cache, as a running bot has it
    const ingestStart = performance.now();
    const watcher = startImapWatcher({ ...dovecot.imap, mailbox: 'INBOX', processedMailbox: null, pollMs: 600_000 }, deps);
    await watcher.ready;
    const ingestMs = performance.now() - ingestStart;
    await watcher.stop();
    // where the time goes: the parser alone on the same messages, and the sources kept in memory
    const sources: Buffer[] = [];
    for (let i = 0; i < BACKLOG; i++) sources.push(buildMessage(i, names));
    const catalog = await deps.catalog();
    const parseStart = performance.now();
    for (const raw of sources) await parseEmail(raw, { catalog });
    const parseMs = performance.now() - parseStart;
    const count = async (sql: string) => (await store.db.get<{ n: number }>(sql))?.n ?? 0;
    const drafts = await count('SELECT count(*) n FROM drafts');
    const contributions = await count(`SELECT count(*) n FROM contributions`);
    await store.close();

    console.log(`backlog: ${BACKLOG} messages, ${(bytes / 1024).toFixed(0)} KiB on a private Dovecot`);
    console.log(`bare imapflow fetch:     ${secs(bareMs)}  (${fetched} messages, ${((fetched / bareMs) * 1000).toFixed(0)} msg/s)`);
    console.log(`backlog into drafts:     ${secs(ingestMs)}  (${contributions} messages stored, ${drafts} drafts, ${((contributions / ingestMs) * 1000).toFixed(0)} msg/s)`);
    console.log(`  of which parseEmail:   ${secs(parseMs)}  (parser alone on the same messages)`);
    console.log(`  rest (fetch, store, commit, flag): ${secs(ingestMs - parseMs)}  (${((ingestMs - parseMs) / bareMs).toFixed(1)}x the bare fetch)`);
    console.log(`ratio intake / bare:     ${(ingestMs / bareMs).toFixed(1)}x  (aim: within 2x)`);
    console.log(`peak RSS:                ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  } finally {
    await dovecot.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
