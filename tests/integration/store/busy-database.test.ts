import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { Database } from '../../../src/store/database.js';
import { openStore } from '../../../src/store/open-store.js';
import { StoreError } from '../../../src/store/store-error.js';
import { captureCliIo } from '../../helpers/capture-cli-io.js';
import { makeTempDir } from '../../helpers/make-temp-dir.js';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let file: string;
let writer: Database;
beforeEach(async () => {
  tmp = await makeTempDir('normbot-busy-');
  file = path.join(tmp.dir, 'normbot.sqlite');
  await (await openStore(file)).close();
  // another normbot process in the middle of a write
  writer = await Database.open(file);
  await writer.exec('BEGIN IMMEDIATE');
});
afterEach(async () => {
  await writer.exec('ROLLBACK').catch(() => undefined);
  await writer.close();
  await tmp.cleanup();
});

const env = { NORMBOT_BUSY_TIMEOUT_MS: '100' };

describe('a busy database', () => {
  it('makes a writing CLI command say so and exit with EX_TEMPFAIL (75)', async () => {
    const io = captureCliIo({ env });
    const code = await runCli(['reject', '1', '--reason', 'duplicate', '--db', file], io);
    expect(code).toBe(75);
    expect(io.err()).toBe('normbot reject: the database is busy (another normbot process is writing); try again\n');
  });

  it('still lets a reading command work (WAL)', async () => {
    const io = captureCliIo({ env });
    expect(await runCli(['drafts', '--db', file], io)).toBe(0);
    expect(io.out()).toContain('No drafts waiting.');
  });

  it('is a DB_BUSY StoreError for the code below the CLI', async () => {
    const other = await Database.open(file, { busyTimeoutMs: 50 });
    try {
      const error = await other.transaction(async () => 1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: 'DB_BUSY' });
    } finally {
      await other.close();
    }
  });

  it('refuses a busy timeout that is not a number', async () => {
    const io = captureCliIo({ env: { NORMBOT_BUSY_TIMEOUT_MS: 'soon' } });
    expect(await runCli(['drafts', '--db', file], io)).toBe(1);
    expect(io.err()).toMatch(/NORMBOT_BUSY_TIMEOUT_MS must be a whole number/);
  });
});
