import type { ModerationResult } from '../core/moderation/moderation-port.js';
import type { CliIo } from './cli-io.js';

/** Prints what happened; a refusal goes to stderr and exits 1 so scripts can tell. */
export function reportModerationResult(command: string, result: ModerationResult, io: CliIo, json = false): number {
  if (json) {
    io.stdout(`${JSON.stringify(result.ok ? { ok: true, message: result.message, draft: result.draft } : { ok: false, code: result.code, message: result.message }, null, 2)}\n`);
    return result.ok ? 0 : 1;
  }
  if (result.ok) {
    io.stdout(`${result.message}\n`);
    return 0;
  }
  io.stderr(`normbot ${command}: ${result.message} [${result.code}]\n`);
  return 1;
}
