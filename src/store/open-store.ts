import path from 'node:path';
import { createCatalogRepository, type CatalogRepository } from './catalog-repository.js';
import { Database } from './database.js';
import { createFeedbackRepository } from './feedback-repository.js';
import type { FeedbackStore } from '../core/feedback/feedback.js';
import { makeParentDirs } from './make-parent-dirs.js';
import { migrate } from './migrate.js';
import { packageRoot } from './package-root.js';
import { seedCatalog, type SeedResult } from './seed-catalog.js';
import { StoreError } from './store-error.js';

export interface Store {
  db: Database;
  catalog: CatalogRepository;
  /** members' 👍/👎/"that's wrong" on answers */
  feedback: FeedbackStore;
  /** what the start-up seed did */
  seed: SeedResult;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** the knowledge base to seed from; default: the package's data/ */
  dataDir?: string;
  now?: () => Date;
  /** wait for another writer this long before failing with DB_BUSY (default 5 s) */
  busyTimeoutMs?: number;
}

/** Opens the SQLite file (creating its folder), migrates it and seeds the catalog from data/. */
export async function openStore(file: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const dataDir = opts.dataDir ?? path.join(packageRoot(), 'data');
  const now = opts.now ?? (() => new Date());
  if (file !== ':memory:') {
    await makeParentDirs(file).catch((cause: unknown) => {
      throw new StoreError('DB_OPEN_FAILED', `cannot create the folder for ${file}; check NORMBOT_DB or --db and the folder's permissions`, cause);
    });
  }
  const db = await Database.open(file, opts.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: opts.busyTimeoutMs });
  try {
    await migrate(db);
    const seed = await seedCatalog(db, dataDir, now());
    return { db, catalog: createCatalogRepository(db), feedback: createFeedbackRepository(db), seed, close: () => db.close() };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
