import { readContributionAddress } from '../../config.js';
import { renderTerminal } from '../../bots/shell/render-terminal.js';
import { answerFromStore } from '../answer-from-store.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { openCliStore } from '../open-cli-store.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { terminalOptions } from '../terminal-options.js';

export const summary = 'answer a question about the catalog: normbot ask "which agreements cover elections?" [--json]';
export const usage = 'normbot ask "<question>" [--json] [--db PATH]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage, true);
  // `ask ""` is a question like any other (the engine answers an empty one with help); no argument at all is a usage slip
  const question = positionals.join(' ');
  if (positionals.length === 0) throw new UsageError(`ask needs a question, e.g. normbot ask "which agreements cover critical infrastructure?"\nusage: ${usage}`);
  const store = await openCliStore(values.db as string | undefined, io);
  try {
    const reply = await answerFromStore(store, question, new Date(), { contributionAddress: readContributionAddress(io.env) });
    if (values.json) {
      const { intent, text, agreements, norms, blocks } = reply;
      io.stdout(`${JSON.stringify({ intent, text, agreements, norms, blocks }, null, 2)}\n`);
    } else {
      io.stdout(renderTerminal(reply, terminalOptions(io)));
    }
    return 0;
  } finally {
    await store.close();
  }
}
