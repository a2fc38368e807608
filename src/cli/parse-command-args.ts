import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Every command takes --db PATH. */
const COMMON: Options = { db: { type: 'string' } };

/**
 * node:util parseArgs with the common options, turning its errors (unknown option, missing value)
 * into a UsageError that repeats the command's usage line.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`${reason}\nusage: ${usage}`);
  }
}
