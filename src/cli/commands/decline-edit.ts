import { UsageError, type CliIo } from '../cli-io.js';
import { parseDraftId, withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { reportModerationResult } from '../report-moderation-result.js';

export const summary = "close the contributor's correction of a draft without applying it [--reason TEXT]";
export const usage = 'normbot decline-edit DRAFT_ID [--reason TEXT] [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { reason: { type: 'string' }, json: { type: 'boolean' } }, usage, true);
  if (positionals.length !== 1) throw new UsageError(`give exactly one draft id (quote the reason); usage: ${usage}`);
  const draftId = parseDraftId(positionals[0], usage);
  const reason = typeof values.reason === 'string' ? values.reason : null;
  return withModeration(values.db as string | undefined, io, async ({ moderation, actor }) =>
    reportModerationResult('decline-edit', await moderation.declineProposedEdit(draftId, actor, reason), io, values.json === true),
  );
}
