import sqlite3 from 'sqlite3';
import { DB_BUSY_MESSAGE, StoreError } from './store-error.js';

export type SqlValue = string | number | bigint | Buffer | null;
export type SqlParams = readonly SqlValue[] | Record<string, SqlValue>;

/** How long a statement waits for another process's write lock before it fails with DB_BUSY. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;
/** how long Database.open waits before trying the journal-mode switch again */
const PRAGMA_RETRY_MS = 20;

/** SQLITE_BUSY (and SQLITE_LOCKED) get the message a user can act on; other failures name the statement. */
function queryError(sql: string, err: Error): StoreError {
  const code = (err as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new StoreError('DB_BUSY', DB_BUSY_MESSAGE, err);
  return new StoreError('DB_QUERY_FAILED', `SQL failed: ${sql.slice(0, 80)}`, err);
}

/**
 * A promise wrapper over one sqlite3 connection. sqlite3 shares one connection between all
 * callers, so transactions are serialised through a queue: statements of two transactions can
 * never interleave.
 */
export class Database {
  private queue: Promise<unknown> = Promise.resolve();
  private inTransaction = false;
  /** statements compiled once and kept until close, by SQL text (see allPrepared) */
  private readonly prepared = new Map<string, Promise<sqlite3.Statement>>();

  private constructor(
    private readonly db: sqlite3.Database,
    readonly path: string,
  ) {}

  static async open(path: string, opts: { busyTimeoutMs?: number } = {}): Promise<Database> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const handle = new sqlite3.Database(path, (err) =>
        err ? reject(new StoreError('DB_OPEN_FAILED', `cannot open SQLite file ${path}; check the path and its permissions`, err)) : resolve(handle),
      );
    });
    const database = new Database(db, path);
    // WAL lets readers (the CLI) work while the bot writes; busy_timeout waits out a writer instead of failing.
    const busyTimeout = Math.max(0, Math.round(opts.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS));
    // busy_timeout first: switching a fresh file to WAL takes the write lock too. That switch does not
    // wait for the lock (SQLite calls no busy handler for it): two processes opening the same fresh
    // file at once made one fail at start, so it is tried again until busyTimeout has passed.
    const pragmas = `PRAGMA busy_timeout = ${busyTimeout}; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;`;
    for (let waited = 0; ; waited += PRAGMA_RETRY_MS) {
      try {
        await database.exec(pragmas);
        return database;
      } catch (error) {
        if (!(error instanceof StoreError && error.code === 'DB_BUSY') || waited >= busyTimeout) {
          await database.close().catch(() => undefined);
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, PRAGMA_RETRY_MS));
      }
    }
  }

  run(sql: string, params: SqlParams = []): Promise<{ lastID: number; changes: number }> {
    return new Promise((resolve, reject) => {
      this.db.run(sql, params as never, function (this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(queryError(sql, err));
        else resolve({ lastID: this.lastID, changes: this.changes });
      });
    });
  }

  get<T>(sql: string, params: SqlParams = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      this.db.get(sql, params as never, (err: Error | null, row: T | undefined) =>
        err ? reject(queryError(sql, err)) : resolve(row),
      );
    });
  }

  all<T>(sql: string, params: SqlParams = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.db.all(sql, params as never, (err: Error | null, rows: T[]) =>
        err ? reject(queryError(sql, err)) : resolve(rows),
      );
    });
  }

  /**
   * `all` through a statement compiled on first use and kept for the connection's life (finalized
   * on close): each later call is one trip to SQLite's thread instead of two (prepare, then run)
   * and a finalize. For constant SQL run over and over (intake's writes, many rows per call
   * through json_each); RETURNING rows come back like any others.
   */
  async allPrepared<T>(sql: string, params: SqlParams = []): Promise<T[]> {
    const statement = await this.statement(sql);
    return new Promise((resolve, reject) => {
      statement.all(params as never, (err: Error | null, rows: T[]) => (err ? reject(queryError(sql, err)) : resolve(rows)));
    });
  }

  private statement(sql: string): Promise<sqlite3.Statement> {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = new Promise((resolve, reject) => {
        const s: sqlite3.Statement = this.db.prepare(sql, (err: Error | null) => (err ? reject(queryError(sql, err)) : resolve(s)));
      });
      this.prepared.set(sql, statement);
      statement.catch(() => this.prepared.delete(sql)); // a statement that does not compile is tried again next time
    }
    return statement;
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db.exec(sql, (err: Error | null) =>
        err ? reject(queryError(sql, err)) : resolve(),
      );
    });
  }

  /**
   * Runs fn inside BEGIN IMMEDIATE ... COMMIT, rolled back on any throw. Calls are queued so only
   * one transaction is open on the connection at a time. Do not nest.
   */
  transaction<T>(fn: (db: Database) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      this.inTransaction = true;
      await this.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this);
        await this.exec('COMMIT');
        return result;
      } catch (error) {
        await this.exec('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        this.inTransaction = false;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  get isInTransaction(): boolean {
    return this.inTransaction;
  }

  close(): Promise<void> {
    return this.queue.then(async () => {
      // SQLite refuses to close a connection with statements still prepared
      const statements = await Promise.allSettled(this.prepared.values());
      this.prepared.clear();
      for (const s of statements) if (s.status === 'fulfilled') await new Promise<void>((resolve) => s.value.finalize(() => resolve()));
      await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
    });
  }
}
