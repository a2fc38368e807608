/** What a command may touch; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** true when stdout is an interactive terminal (colours, table widths) */
  isTty: boolean;
  /** true when stderr is an interactive terminal: progress bars and readable logs go there */
  stderrIsTty?: boolean;
}

/** The shape of every module in src/cli/commands/: the file name is the command name. */
export interface CliCommand {
  summary: string;
  /** the usage line, printed for --help and with usage errors */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

// UsageError lives with the other coded errors in src/errors.ts; re-exported so commands keep their import.
export { UsageError } from '../errors.js';
