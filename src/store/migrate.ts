import type { Database } from './database.js';
import type { Migration } from './migrations/migration.js';
import { migrations } from './migrations/index.js';
import { StoreError } from './store-error.js';

/** Applies every migration newer than the file's version, each in its own transaction. */
export async function migrate(db: Database, list: readonly Migration[] = migrations): Promise<number[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((await db.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  const applied: number[] = [];
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    const ran = await db
      .transaction(async (tx) => {
        // Another process (the bot and a CLI command started together) may have applied it meanwhile.
        if (await tx.get('SELECT 1 FROM schema_migrations WHERE version = ?', [m.version])) return false;
        await tx.exec(m.sql);
        await m.backfill?.(tx);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
        return true;
      })
      .catch((cause: unknown) => {
        if (cause instanceof StoreError && cause.code === 'DB_BUSY') throw cause;
        throw new StoreError('MIGRATION_FAILED', `migration ${m.version} (${m.name}) failed; the database was left at the previous version`, cause);
      });
    if (ran) applied.push(m.version);
  }
  return applied;
}
