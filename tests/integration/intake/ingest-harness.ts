import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import type { IngestDeps, ParseEmail } from '../../../src/intake/ingest/ingest-deps.js';
import { openStore, type Store } from '../../../src/store/open-store.js';

export interface Harness {
  store: Store;
  dir: string;
  /** every log line written, as text */
  logs: string[];
  deps(parse: ParseEmail, overrides?: Partial<IngestDeps>): IngestDeps;
  count(sql: string, params?: (string | number)[]): Promise<number>;
  close(): Promise<void>;
}

export function captureLogger(lines: string[]): Logger {
  return pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) }).child({ component: 'intake' });
}

/** A real SQLite file in a fresh temp folder, migrated and seeded like production. */
export async function openHarness(): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'normbot-intake-'));
  const store = await openStore(path.join(dir, 'normbot.sqlite'));
  const logs: string[] = [];
  const logger = captureLogger(logs);
  return {
    store,
    dir,
    logs,
    deps: (parse, overrides = {}) => ({
      db: store.db,
      parse,
      catalog: () => store.catalog.loadSnapshot(),
      smtpFrom: 'normbot@bpf.example',
      logger,
      now: () => new Date(),
      ...overrides,
    }),
    count: async (sql, params = []) => (await store.db.get<{ n: number }>(sql, params))?.n ?? -1,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
