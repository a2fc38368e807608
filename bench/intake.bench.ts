import { ImapFlow } from 'imapflow';
import type { CatalogSnapshot } from '../src/core/catalog/catalog-snapshot.js';
import type { ParsedMessage } from '../src/core/contribution/parsed-message.js';
import type { ParseEmail } from '../src/intake/ingest/ingest-deps.js';
import { startImapWatcher } from '../src/intake/mailbox/start-imap-watcher.js';
import { parseEmail } from '../src/intake/parse/parse-email.js';
import { silentLogger } from '../src/logger.js';
import { openStore } from '../src/store/open-store.js';
import { startDovecot, type Dovecot } from '../tests/helpers/dovecot.js';
import { catalogFile, loadBenchCatalog, removeCatalogCopy, SHIPPED } from './lib/catalog-file.js';
import { contributionMail } from './lib/contribution-mail.js';
import { loadNote, printTable, QUICK, range, REPETITIONS, type SummaryRow } from './lib/measure.js';

/**
 * A backlog of contribution mail in a real Dovecot, taken in by the bot's IMAP watcher (fetch,
 * store raw, parse, commit contribution, drafts and acknowledgement, flag \Seen, checkpoint) into
 * a fresh copy of the shipped catalog's SQLite file, split into its parts by measuring, in the same
 * repetition and in turn: a bare imapflow fetch of the same messages, and parseEmail alone on them.
 * What the intake takes beyond fetch + parse is storing and committing. On a busy machine that
 * difference is smaller than the noise of parsing, so the intake is also run with each message's
 * parse result given (read once beforehand): what it takes beyond the fetch is storing and
 * committing, with no parse to subtract.
 */
export async function run(): Promise<SummaryRow[]> {
  const backlog = QUICK ? 300 : 1_000;
  const dovecot = await startDovecot();
  try {
    const catalog = await loadBenchCatalog(SHIPPED);
    const sources = Array.from({ length: backlog }, (_, i) => contributionMail(i, catalog));
    const loader = new ImapFlow({ ...dovecot.imap, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    await loader.connect();
    for (const raw of sources) await loader.append('INBOX', raw);
    await loader.logout();

    const parsed = new Map<Buffer, ParsedMessage>();
    for (const raw of sources) parsed.set(raw, await parseEmail(raw, { catalog })); // also the warm-up
    // the watcher fetches its own copy of each message: the result is found by the bytes
    const byBytes = new Map([...parsed].map(([raw, p]) => [raw.toString('latin1'), p]));
    const parseGiven: ParseEmail = async (raw) => {
      const given = byBytes.get(raw.toString('latin1'));
      if (!given) throw new Error('the watcher fetched a message other than the ones appended'); // else its parse would count as storing
      return given;
    };
    const steps = {
      fetch: () => bareFetch(dovecot),
      parse: () => parseAll(sources, catalog),
      intake: () => intake(dovecot, parseEmail, backlog),
      storeOnly: () => intake(dovecot, parseGiven, backlog),
    };
    const names = Object.keys(steps) as Array<keyof typeof steps>;
    const reps: Array<Record<keyof typeof steps, number>> = [];
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const ms = {} as Record<keyof typeof steps, number>;
      for (let k = 0; k < names.length; k++) {
        const name = names[(rep + k) % names.length]!;
        const t0 = performance.now();
        await steps[name]();
        ms[name] = performance.now() - t0;
      }
      reps.push(ms);
    }
    const of = (f: (r: Record<keyof typeof steps, number>) => number) => reps.map(f);
    const store = of((r) => r.intake - r.fetch - r.parse);
    const storeOnly = of((r) => r.storeOnly - r.fetch);
    console.log(`backlog of ${backlog} messages (${(sources.reduce((n, s) => n + s.length, 0) / 1024).toFixed(0)} KiB) on a private Dovecot; ${REPETITIONS} repetitions, steps in turn; seconds, range over repetitions`);
    printTable(
      ['step', 'seconds', 'msg/s', 'x of bare fetch'],
      [
        ['bare imapflow fetch', range(of((r) => r.fetch / 1000)), range(of((r) => (backlog / r.fetch) * 1000), 0), '1'],
        ['parseEmail alone', range(of((r) => r.parse / 1000)), range(of((r) => (backlog / r.parse) * 1000), 0), range(of((r) => r.parse / r.fetch), 1)],
        ['whole intake', range(of((r) => r.intake / 1000)), range(of((r) => (backlog / r.intake) * 1000), 0), range(of((r) => r.intake / r.fetch), 1)],
        ['  store + commit (intake - fetch - parse)', range(store.map((x) => x / 1000)), '', ''],
        ['intake, parse results given', range(of((r) => r.storeOnly / 1000)), range(of((r) => (backlog / r.storeOnly) * 1000), 0), range(of((r) => r.storeOnly / r.fetch), 1)],
        ['  store + commit (that - fetch), ms/message', range(storeOnly.map((x) => x / backlog), 2), '', ''],
      ],
    );
    console.log(`(${loadNote()})`);
    return [
      {
        measure: `IMAP backlog ${backlog} messages`,
        figure: `${range(of((r) => r.intake / r.fetch), 1)}x a bare fetch; parse alone ${range(of((r) => r.parse / r.fetch), 1)}x; store + commit add ${range(of((r) => ((r.intake - r.fetch - r.parse) / (r.fetch + r.parse)) * 100), 0)}% to fetch + parse (with parse results given: ${range(of((r) => ((r.storeOnly - r.fetch) / (r.fetch + r.parse)) * 100), 0)}%, ${range(storeOnly.map((x) => x / backlog), 2)} ms/message)`,
        baseline: `bare imapflow fetch ${range(of((r) => r.fetch / 1000))} s`,
        goal: 'storing and committing add ≤ 50% to fetch + parse',
      },
    ];
  } finally {
    await dovecot.destroy();
  }
}

async function bareFetch(dovecot: Dovecot): Promise<void> {
  const client = new ImapFlow({ ...dovecot.imap, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
  await client.connect();
  const lock = await client.getMailboxLock('INBOX');
  try {
    let fetched = 0;
    for await (const m of client.fetch('1:*', { uid: true, source: true }, { uid: true })) if (m.source) fetched++;
    if (fetched === 0) throw new Error('the bare fetch got no message');
  } finally {
    lock.release();
  }
  await client.logout();
}

async function parseAll(sources: readonly Buffer[], catalog: CatalogSnapshot): Promise<void> {
  for (const raw of sources) await parseEmail(raw, { catalog });
}

/** The bot's IMAP watcher over a fresh copy of the shipped catalog, until its first pass is done (every message a contribution). */
async function intake(dovecot: Dovecot, parse: ParseEmail, backlog: number): Promise<void> {
  const file = await catalogFile(SHIPPED);
  const store = await openStore(file);
  try {
    const deps = { db: store.db, parse, catalog: () => store.catalog.loadSnapshot(), smtpFrom: 'normbot@bpf.example', logger: silentLogger(), now: () => new Date() };
    await deps.catalog(); // a running bot has its snapshot
    const watcher = startImapWatcher({ ...dovecot.imap, mailbox: 'INBOX', processedMailbox: null, pollMs: 600_000 }, deps);
    await watcher.ready;
    await watcher.stop();
    const contributions = (await store.db.get<{ n: number }>('SELECT count(*) AS n FROM contributions'))?.n ?? 0;
    if (contributions !== backlog) throw new Error(`the intake stored ${contributions} contributions of ${backlog} messages`);
  } finally {
    await store.close();
    removeCatalogCopy(file);
  }
}
