import { undoLast } from '../../core/moderation/undo-last.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { parseDraftId, withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { reportModerationResult } from '../report-moderation-result.js';

export const summary = 'undo a decision taken in the last 15 minutes, or the last edit of a pending draft (both kept in the history)';
export const usage = 'normbot undo DRAFT_ID [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage, true);
  if (positionals.length !== 1) throw new UsageError(`give exactly one draft id; usage: ${usage}`);
  const draftId = parseDraftId(positionals[0], usage);
  return withModeration(values.db as string | undefined, io, async ({ moderation, actor }) =>
    reportModerationResult('undo', await undoLast(moderation, draftId, actor), io, values.json === true),
  );
}
