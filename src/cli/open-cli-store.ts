import path from 'node:path';
import { readBusyTimeoutMs } from '../config.js';
import type { CliIo } from './cli-io.js';
import { openStore, type Store } from '../store/open-store.js';
import { packageRoot } from '../store/package-root.js';

/**
 * The store a command works on: --db, else NORMBOT_DB, else the database shipped inside the
 * package (data/normbot.sqlite, whatever the working directory).
 */
export function resolveDbPath(dbOption: string | undefined, io: CliIo): string {
  const chosen = dbOption ?? (io.env.NORMBOT_DB?.trim() || undefined);
  return chosen ? path.resolve(chosen) : path.join(packageRoot(), 'data', 'normbot.sqlite');
}

/** The knowledge base (taxonomy.json, agreements/): NORMBOT_DATA_DIR, else data/ as shipped in the package. */
export function resolveDataDir(io: CliIo): string {
  const chosen = io.env.NORMBOT_DATA_DIR?.trim();
  return chosen ? path.resolve(chosen) : path.join(packageRoot(), 'data');
}

export function openCliStore(dbOption: string | undefined, io: CliIo): Promise<Store> {
  return openStore(resolveDbPath(dbOption, io), { dataDir: resolveDataDir(io), busyTimeoutMs: readBusyTimeoutMs(io.env) });
}
