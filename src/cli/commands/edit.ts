import { EDITABLE_FIELDS, parseFieldAssignments } from '../../core/chat/parse-field-assignments.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { parseDraftId, withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { reportModerationResult } from '../report-moderation-result.js';

export const summary = `edit a pending draft --set field=value (repeatable; ${EDITABLE_FIELDS.join(', ')})`;
export const usage = 'normbot edit DRAFT_ID --set field=value [--set field=value ...] [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { set: { type: 'string', multiple: true }, json: { type: 'boolean' } }, usage, true);
  if (positionals.length !== 1) throw new UsageError(`give exactly one draft id (quote values with spaces); usage: ${usage}`);
  const draftId = parseDraftId(positionals[0], usage);
  const sets = Array.isArray(values.set) ? values.set.filter((s): s is string => typeof s === 'string') : [];
  if (sets.length === 0) throw new UsageError(`say what to change with --set field=value; usage: ${usage}`);
  return withModeration(values.db as string | undefined, io, async ({ store, moderation, actor }) => {
    const patch = parseFieldAssignments(sets.join(' '), await store.catalog.loadSnapshot());
    if (!patch.ok) throw new UsageError(patch.message);
    return reportModerationResult('edit', await moderation.edit(draftId, actor, patch.patch), io, values.json === true);
  });
}
