import { UsageError, type CliIo } from '../cli-io.js';
import { parseDraftId, withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { reportModerationResult } from '../report-moderation-result.js';

export const summary = "apply the contributor's correction (sent in a reply) to a draft, as a new version";
export const usage = 'normbot accept-edit DRAFT_ID [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage, true);
  if (positionals.length !== 1) throw new UsageError(`give exactly one draft id; usage: ${usage}`);
  const draftId = parseDraftId(positionals[0], usage);
  return withModeration(values.db as string | undefined, io, async ({ moderation, actor }) =>
    reportModerationResult('accept-edit', await moderation.acceptProposedEdit(draftId, actor), io, values.json === true),
  );
}
