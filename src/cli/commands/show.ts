import { draftWithHistoryReply } from '../../core/moderation/draft-history-reply.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { parseDraftId, withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const summary = 'show one draft as its card, with its history: versions and decisions [--json]';
export const usage = 'normbot show DRAFT_ID [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage, true);
  if (positionals.length !== 1) throw new UsageError(`give exactly one draft id; usage: ${usage}`);
  const draftId = parseDraftId(positionals[0], usage);
  return withModeration(values.db as string | undefined, io, async ({ store, moderation }) => {
    const draft = await moderation.getDraft(draftId);
    if (!draft) {
      io.stderr(`normbot show: there is no draft ${draftId}; "normbot drafts --status all" lists them\n`);
      return 1;
    }
    const timeline = await moderation.timeline(draftId);
    if (values.json) {
      io.stdout(`${JSON.stringify({ draft, history: await moderation.history(draftId), timeline }, null, 2)}\n`);
      return 0;
    }
    io.stdout(`${draftWithHistoryReply(draft, timeline, await store.catalog.loadSnapshot()).text}\n`);
    return 0;
  });
}
