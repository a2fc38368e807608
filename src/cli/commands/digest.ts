import { digestReply } from '../../core/moderation/digest-reply.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const summary = 'the moderators\' digest: pending drafts and mails that need a look, oldest first, with their age [--json]';
export const usage = 'normbot digest [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage, true);
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals.join(' ')}"; usage: ${usage}`);
  return withModeration(values.db as string | undefined, io, async ({ moderation }) => {
    const reply = digestReply(await moderation.listDrafts({ status: 'pending' }), new Date(), await moderation.listUnsorted({ status: 'open' }));
    io.stdout(values.json ? `${JSON.stringify(reply, null, 2)}\n` : `${reply.text}\n`);
    return 0;
  });
}
