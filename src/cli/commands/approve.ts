import { UsageError, type CliIo } from '../cli-io.js';
import { parseDraftId, withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { reportModerationResult } from '../report-moderation-result.js';

export const summary = 'approve a draft: it becomes a catalog agreement citing the contribution';
export const usage = 'normbot approve DRAFT_ID [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage, true);
  if (positionals.length !== 1) throw new UsageError(`give exactly one draft id; usage: ${usage}`);
  const draftId = parseDraftId(positionals[0], usage);
  return withModeration(values.db as string | undefined, io, async ({ moderation, actor }) =>
    reportModerationResult('approve', await moderation.approve(draftId, actor), io, values.json === true),
  );
}
