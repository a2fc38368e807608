import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { openStore } from '../../src/store/open-store.js';
import { captureCliIo } from './capture-cli-io.js';
import { makeTempDir } from './make-temp-dir.js';

/**
 * A store file seeded once for a test file (beforeAll), removed afterwards, and `cli(...)` that runs
 * a normbot command on it and returns its exit code and output.
 */
export function useCliStore(prefix: string) {
  let tmp: Awaited<ReturnType<typeof makeTempDir>> | undefined;
  const paths = { dir: '', db: '' };
  beforeAll(async () => {
    tmp = await makeTempDir(prefix);
    paths.dir = tmp.dir;
    paths.db = path.join(tmp.dir, 'cli.sqlite');
    await (await openStore(paths.db)).close();
  });
  afterAll(async () => {
    await tmp?.cleanup();
  });
  const cli = async (...argv: string[]) => {
    const io = captureCliIo();
    const code = await runCli([...argv, '--db', paths.db], io);
    return { code, out: io.out(), err: io.err() };
  };
  return { cli, paths };
}
