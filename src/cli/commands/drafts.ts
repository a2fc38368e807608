import { DraftStatusSchema } from '../../core/moderation/draft.js';
import { draftListReply } from '../../core/moderation/draft-list-reply.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const summary = 'list drafts, oldest first [--status pending|approved|rejected|merged|all] [--json]';
export const usage = 'normbot drafts [--status S] [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, status: { type: 'string' } }, usage, true);
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals.join(' ')}"; usage: ${usage}`);
  const statusArg = typeof values.status === 'string' ? values.status : 'pending';
  const status = statusArg === 'all' ? undefined : DraftStatusSchema.safeParse(statusArg);
  if (status && !status.success) throw new UsageError(`--status must be pending, approved, rejected, merged or all, not "${statusArg}"`);
  return withModeration(values.db as string | undefined, io, async ({ moderation }) => {
    const drafts = await moderation.listDrafts(status ? { status: status.data } : {});
    io.stdout(values.json ? `${JSON.stringify(drafts, null, 2)}\n` : `${draftListReply(drafts, new Date()).text}\n`);
    return 0;
  });
}
