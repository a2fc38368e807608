import { renderTerminal } from '../../bots/shell/render-terminal.js';
import type { Reply } from '../../core/reply/reply.js';
import { listOutbox, OutboxStatusSchema } from '../../store/outbox-repository.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { openCliStore } from '../open-cli-store.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { terminalOptions } from '../terminal-options.js';

export const summary = 'list outgoing mail, newest first: kind, recipient, status, attempts, last error [--status queued|sent|failed] [--json]';
export const usage = 'normbot outbox [--status queued|sent|failed|all] [--limit N] [--json] [--db PATH]';

/**
 * For operators and moderators at the terminal: what the bot has sent, still has to send, or gave
 * up on, and why. The recipient is shown because this is an operator tool; chat never shows it.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { json: { type: 'boolean' }, status: { type: 'string' }, limit: { type: 'string' } }, usage);
  const statusArg = typeof values.status === 'string' ? values.status : 'all';
  const status = statusArg === 'all' ? undefined : OutboxStatusSchema.safeParse(statusArg);
  if (status && !status.success) throw new UsageError(`--status must be queued, sent, failed or all, not "${statusArg}"`);
  const limit = values.limit === undefined ? 200 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number above 0, not "${String(values.limit)}"`);
  const store = await openCliStore(values.db as string | undefined, io);
  try {
    const entries = await listOutbox(store.db, { limit, ...(status ? { status: status.data } : {}) });
    if (values.json) {
      io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      return 0;
    }
    const heading = entries.length === 0 ? 'The outbox is empty.' : `${entries.length} mail${entries.length === 1 ? '' : 's'} in the outbox, newest first`;
    const reply: Reply = {
      intent: 'outbox',
      text: heading,
      blocks: [
        { type: 'heading', text: heading },
        ...(entries.length === 0
          ? []
          : [
              {
                type: 'table' as const,
                columns: ['id', 'kind', 'recipient', 'status', 'attempts', 'last error'],
                rows: entries.map((e) => [String(e.id), e.kind, e.recipient, e.status, String(e.attempts), e.lastError ?? '']),
              },
            ]),
      ],
      agreements: [],
      norms: [],
      ephemeral: false,
    };
    io.stdout(renderTerminal(reply, terminalOptions(io)));
    return 0;
  } finally {
    await store.close();
  }
}
