import { runShellChat } from '../../bots/shell/run-shell-chat.js';
import { readContributionAddress } from '../../config.js';
import type { CliIo } from '../cli-io.js';
import { withModeration } from '../open-moderation.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { terminalOptions } from '../terminal-options.js';

export const summary = 'chat with the bot in the terminal: questions and moderation commands (reads lines from stdin)';
export const usage = 'normbot chat [--db PATH]   (type "exit" to leave; piped input is answered line by line)';

/** The shell adapter: the terminal operator is a moderator, as the person running the bot. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, {}, usage);
  // readline's line editing needs the real terminal; anything else (pipes, tests) goes through io.
  const interactive = io.isTty && Boolean((io.stdin as { isTTY?: boolean }).isTTY);
  const output = interactive ? process.stdout : ({ write: (text: string) => (io.stdout(text), true) } as unknown as NodeJS.WritableStream);
  await withModeration(values.db as string | undefined, io, ({ store, moderation, actor }) =>
    runShellChat({
      input: io.stdin,
      output,
      interactive,
      loadCatalog: () => store.catalog.loadSnapshot(),
      moderation,
      actor,
      now: () => new Date(),
      render: terminalOptions(io),
      feedback: store.feedback,
      contributionAddress: readContributionAddress(io.env),
    }),
  );
  return 0;
}
