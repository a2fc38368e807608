import { draftCardReply } from '../../core/moderation/draft-card-reply.js';
import { draftHistoryReply } from '../../core/moderation/draft-history-reply.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { parseDraftId, withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const summary = 'show one draft as its card, with its version history [--json]';
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
    const history = await moderation.history(draftId);
    if (values.json) {
      io.stdout(`${JSON.stringify({ draft, history }, null, 2)}\n`);
      return 0;
    }
    const card = draftCardReply(draft, await store.catalog.loadSnapshot());
    io.stdout(`${card.text}\n\n${draftHistoryReply(draftId, history).text}\n`);
    return 0;
  });
}
