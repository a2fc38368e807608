import { runCli } from '../../src/cli/run-cli.js';
import { captureCliIo } from './capture-cli-io.js';

/** Runs one normbot command on a database file and returns its exit code and output. */
export async function runCliOn(db: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureCliIo();
  const code = await runCli([...argv, '--db', db], io);
  return { code, out: io.out(), err: io.err() };
}
