import type { IngestDeps } from '../src/intake/ingest/ingest-deps.js';
import { ingestMessages } from '../src/intake/ingest/ingest-message.js';
import { parseEmail } from '../src/intake/parse/parse-email.js';
import { silentLogger } from '../src/logger.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { catalogFile, removeCatalogCopy, SHIPPED } from './lib/catalog-file.js';
import { contributionMail } from './lib/contribution-mail.js';
import { interleave, loadNote, percentiles, printTable, QUICK, range, REPETITIONS, type SummaryRow } from './lib/measure.js';

const GROUP = 10; // messages per group, as the IMAP watcher stores and commits them

/**
 * Whether ingesting gets slower as contributions pile up: groups of new messages ingested (store
 * raw, parse, commit) into a store holding no contribution and into one holding many, interleaved
 * group by group. The full store is filled through the same ingest path, with the parse of each
 * filler message taken from a few parsed templates (parsing 10,000 messages would take minutes).
 */
export async function run(): Promise<SummaryRow[]> {
  const filled = QUICK ? 2_000 : 10_000;
  const groups = QUICK ? 10 : 20;
  const stores: Store[] = [];
  const files: string[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      files.push(await catalogFile(SHIPPED));
      stores.push(await openStore(files[i]!));
    }
    const [empty, full] = stores as [Store, Store];
    const catalog = await full.catalog.loadSnapshot();
    const deps = (store: Store, parse = parseEmail): IngestDeps => ({ db: store.db, parse, catalog: () => catalog, smtpFrom: 'normbot@bpf.example', logger: silentLogger(), now: () => new Date() });

    const templates = await Promise.all(Array.from({ length: 20 }, (_, i) => parseEmail(contributionMail(i, catalog), { catalog })));
    const fillStart = performance.now();
    const filler = deps(full, async (raw) => ({ ...templates[raw.length % templates.length]! }));
    for (let i = 0; i < filled; i += 100) {
      await ingestMessages(Array.from({ length: 100 }, (_, k) => ({ raw: contributionMail(100_000 + i + k, catalog), origin: `bench:${i + k}` })), filler, () => undefined);
    }
    const count = (await full.db.get<{ n: number }>('SELECT count(*) AS n FROM contributions'))?.n ?? 0;
    console.log(`(filled a store with ${count} contributions through ingestMessages in ${((performance.now() - fillStart) / 1000).toFixed(1)} s)`);

    let next = 200_000;
    const group = () => Array.from({ length: GROUP }, () => ({ raw: contributionMail(next, catalog), origin: `bench:${next++}` }));
    const variants = {
      empty: (g: ReturnType<typeof group>[]) => ingestMessages(g[0]!, deps(empty), () => undefined),
      full: (g: ReturnType<typeof group>[]) => ingestMessages(g[1]!, deps(full), () => undefined),
    };
    await interleave(variants, [[group(), group()]]); // warm-up
    const reps: Array<{ empty: number; full: number }> = [];
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const s = await interleave(variants, Array.from({ length: groups }, () => [group(), group()]));
      reps.push({ empty: percentiles(s.empty.map((x) => x.wall / GROUP)).p50, full: percentiles(s.full.map((x) => x.wall / GROUP)).p50 });
    }
    console.log(`ms per message (p50 over groups of ${GROUP}), ${groups} groups per repetition, ${REPETITIONS} repetitions, interleaved`);
    printTable(
      ['store', 'ms/msg'],
      [
        ['no contributions', range(reps.map((r) => r.empty))],
        [`${count.toLocaleString('en')} contributions`, range(reps.map((r) => r.full))],
      ],
    );
    console.log(`(${loadNote()})`);
    return [
      {
        measure: `ingest cost as contributions grow 0 → ${filled / 1000}k`,
        figure: `${range(reps.map((r) => r.empty))} → ${range(reps.map((r) => r.full))} ms/msg`,
        baseline: 'the empty store, interleaved',
        goal: 'flat (keep)',
      },
    ];
  } finally {
    for (const s of stores) await s.close();
    for (const f of files) removeCatalogCopy(f);
  }
}
