import { UsageError, type CliIo } from '../cli-io.js';
import { parseDraftId, withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { reportModerationResult } from '../report-moderation-result.js';

export const summary = 'reject a draft --reason TEXT (the contributor is told the reason)';
export const usage = 'normbot reject DRAFT_ID --reason TEXT [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { reason: { type: 'string' }, json: { type: 'boolean' } }, usage, true);
  if (positionals.length !== 1) throw new UsageError(`give exactly one draft id (quote the reason); usage: ${usage}`);
  const draftId = parseDraftId(positionals[0], usage);
  const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
  if (reason === '') throw new UsageError(`give a reason with --reason: the contributor is sent it; usage: ${usage}`);
  return withModeration(values.db as string | undefined, io, async ({ moderation, actor }) =>
    reportModerationResult('reject', await moderation.reject(draftId, actor, reason), io, values.json === true),
  );
}
