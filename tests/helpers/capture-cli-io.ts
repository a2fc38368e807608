import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/cli-io.js';

/** A CliIo that records what a command prints; stdin is the given text. */
export function captureCliIo(opts: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    stdin: Readable.from([opts.stdin ?? '']),
    env: opts.env ?? {},
    isTty: false,
    out: () => out,
    err: () => err,
  };
}
