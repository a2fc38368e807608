import { renderTerminal } from '../../bots/shell/render-terminal.js';
import { feedbackListReply } from '../../core/feedback/feedback-list-reply.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { openCliStore } from '../open-cli-store.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { terminalOptions } from '../terminal-options.js';

export const summary = "list members' feedback on answers (👍/👎/\"that's wrong\") with the question and its reading [--json]";
export const usage = 'normbot feedback [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage, true);
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals.join(' ')}"; usage: ${usage}`);
  const store = await openCliStore(values.db as string | undefined, io);
  try {
    const entries = await store.feedback.list();
    if (values.json) {
      // "ask" replays the conversation up to the rated question, the shape of a question-table case
      io.stdout(`${JSON.stringify(entries.map((f) => ({ ...f, ask: [...f.context, f.question] })), null, 2)}\n`);
    } else {
      io.stdout(renderTerminal(feedbackListReply(entries), terminalOptions(io)));
    }
    return 0;
  } finally {
    await store.close();
  }
}
