import { unsortedRows } from '../../core/unsorted/unsorted-list-reply.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const summary = 'mails that became no draft and need a look: list them, make drafts of one, or dismiss one [--json]';
export const usage = 'normbot unsorted [--json] | normbot unsorted draft ID [--json] | normbot unsorted dismiss ID --reason TEXT [--json]   [--db PATH]';

function parseItemId(value: string | undefined): number {
  const m = /^#?(\d{1,9})$/.exec(value ?? '');
  if (!m || Number(m[1]) < 1) throw new UsageError(value ? `"${value}" is not an item id (a number; see "normbot unsorted"); usage: ${usage}` : `give an item id; usage: ${usage}`);
  return Number(m[1]);
}

/** The "needs a look" queue from the command line; the terminal operator is the moderator. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, reason: { type: 'string' } }, usage, true);
  const [action, idArg, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`unexpected "${rest.join(' ')}" (quote the reason); usage: ${usage}`);
  const json = values.json === true;
  const db = values.db as string | undefined;
  if (action === undefined) {
    return withModeration(db, io, async ({ moderation }) => {
      const items = await moderation.listUnsorted({ status: 'open' });
      if (json) io.stdout(`${JSON.stringify(items.map((i) => ({ id: i.id, subject: i.payload.subject, date: i.payload.receivedAt, reason: i.reason, from: i.payload.senderName, attachments: i.payload.kind === 'mail' ? i.payload.attachments : [] })), null, 2)}\n`);
      else io.stdout(items.length === 0 ? 'Nothing needs a look.\n' : `${unsortedRows(items).map((r) => r.join('  ')).join('\n')}\n`);
      return 0;
    });
  }
  if (action !== 'draft' && action !== 'dismiss') throw new UsageError(`unknown action "${action}"; usage: ${usage}`);
  const itemId = parseItemId(idArg);
  const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
  if (action === 'dismiss' && reason === '') throw new UsageError(`give a reason with --reason: it is kept with the item; usage: ${usage}`);
  return withModeration(db, io, async ({ moderation, actor }) => {
    const result = action === 'draft' ? await moderation.draftFromUnsorted(itemId, actor) : await moderation.dismissUnsorted(itemId, actor, reason);
    if (json) io.stdout(`${JSON.stringify(result.ok ? { ok: true, message: result.message, draftIds: result.draftIds, item: result.item } : { ok: false, code: result.code, message: result.message }, null, 2)}\n`);
    else if (result.ok) io.stdout(`${result.message}\n`);
    else io.stderr(`normbot unsorted ${action}: ${result.message} [${result.code}]\n`);
    return result.ok ? 0 : 1;
  });
}
