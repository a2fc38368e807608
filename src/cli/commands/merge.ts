import { resolveAgreement } from '../../core/chat/resolve-agreement.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { parseDraftId, withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { reportModerationResult } from '../report-moderation-result.js';

export const summary = 'merge a draft into an existing agreement (its id or name)';
export const usage = 'normbot merge DRAFT_ID AGREEMENT [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage, true);
  const [id, ...rest] = positionals;
  const draftId = parseDraftId(id, usage);
  const target = rest.join(' ').trim();
  if (target === '') throw new UsageError(`name the agreement to merge into (id or name); usage: ${usage}`);
  return withModeration(values.db as string | undefined, io, async ({ store, moderation, actor }) => {
    const resolved = resolveAgreement(target, await store.catalog.loadSnapshot());
    if (!resolved.ok) {
      io.stderr(`normbot merge: ${resolved.message}\n`);
      return 1;
    }
    return reportModerationResult('merge', await moderation.merge(draftId, actor, resolved.agreement.id), io, values.json === true);
  });
}
