import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CatalogSnapshot } from '../../src/core/catalog/catalog-snapshot.js';
import { migrations } from '../../src/store/migrations/index.js';
import { agreementEntity, coverageEntity, splitAgreement, type EntityDefinition } from '../../src/store/catalog/catalog-entities.js';
import type { Database } from '../../src/store/database.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { syntheticAgreements } from './synthetic-catalog.js';

/** Bump when the generator changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 1;
const CACHE_DIR = path.join(os.tmpdir(), 'normbot-bench-catalogs');
const WRITE_BATCH = 2_000;

/**
 * A SQLite file holding `total` agreements: the shipped ones (seeded by openStore, as at a real
 * start) and synthetic ones, whose rows are made by the store's own entity definitions (many rows
 * per INSERT: writing 100,000 one by one through moderation takes minutes), so the bot and the CLI
 * load it exactly as they load a real catalog. Files are kept under the temp dir between runs,
 * keyed by the generator version and the migrations; BENCH_FRESH=1 rebuilds them. Returns a
 * private copy the caller may change; remove it with `removeCatalogCopy`.
 */
export async function catalogFile(total: number): Promise<string> {
  const key = createHash('sha256').update(JSON.stringify({ GENERATOR_VERSION, total, migrations: migrations.map((m) => m.version) })).digest('hex').slice(0, 12);
  const cached = path.join(CACHE_DIR, `catalog-${total}-${key}.sqlite`);
  if (process.env.BENCH_FRESH === '1' || !fs.existsSync(cached)) await writeCatalogFile(cached, total);
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'normbot-bench-db-')), 'normbot.sqlite');
  fs.copyFileSync(cached, copy);
  return copy;
}

export function removeCatalogCopy(file: string): void {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

/** Opens a catalog file and loads its snapshot the way the bot does (openStore, then loadSnapshot). */
export async function openCatalog(file: string): Promise<{ store: Store; catalog: CatalogSnapshot }> {
  const store = await openStore(file);
  return { store, catalog: await store.catalog.loadSnapshot() };
}

const loaded = new Map<number, Promise<CatalogSnapshot>>();

/**
 * The snapshot of a `total`-agreement catalog file, loaded through the store once per process
 * (benchmarks run in turn in one process and answer from the same catalogs).
 */
export function loadBenchCatalog(total: number): Promise<CatalogSnapshot> {
  let snapshot = loaded.get(total);
  if (!snapshot) {
    snapshot = (async () => {
      const file = await catalogFile(total);
      const { store, catalog } = await openCatalog(file);
      await store.close();
      removeCatalogCopy(file);
      return catalog;
    })();
    loaded.set(total, snapshot);
  }
  return snapshot;
}

/** The shipped catalog (38 agreements), loaded through the store like the others. */
export const SHIPPED = 38;

async function writeCatalogFile(target: string, total: number): Promise<void> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  fs.rmSync(partial, { force: true });
  const started = performance.now();
  const store = await openStore(partial);
  try {
    const { elements, agreements } = await store.catalog.loadSnapshot();
    for (let from = 0; from < total - agreements.length; from += WRITE_BATCH) {
      const batch = syntheticAgreements(Math.min(WRITE_BATCH, total - agreements.length - from), elements, from).map(splitAgreement);
      await store.db.transaction(async (tx) => {
        await insertRows(tx, agreementEntity, batch.map((b) => b.facts));
        await insertRows(tx, coverageEntity, batch.flatMap((b) => b.links));
      });
    }
    await store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await store.close();
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${partial}${suffix}`, { force: true });
  fs.renameSync(partial, target);
  console.log(`(wrote a ${total.toLocaleString('en')}-agreement catalog in ${((performance.now() - started) / 1000).toFixed(1)} s; kept in ${CACHE_DIR})`);
}

/** Rows as the store's entity definitions write them, many per INSERT. */
async function insertRows<T>(tx: Database, def: EntityDefinition<T>, values: readonly T[]): Promise<void> {
  const rows = values.map((v) => def.toRow(v));
  const columns = Object.keys(rows[0] ?? {});
  const perStatement = Math.floor(30_000 / Math.max(columns.length, 1));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await tx.run(
      `INSERT INTO ${def.table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      chunk.flatMap((r) => columns.map((c) => r[c] ?? null)),
    );
  }
}
