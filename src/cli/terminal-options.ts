import type { TerminalOptions } from '../bots/shell/render-terminal.js';
import type { CliIo } from './cli-io.js';

/** Width and colour for terminal output: colour only on a TTY and never with NO_COLOR (no-color.org). */
export function terminalOptions(io: CliIo): TerminalOptions {
  const columns = Number(io.env.COLUMNS) || (io.isTty ? process.stdout.columns : 0) || 80;
  return { width: Math.min(columns, 120), color: io.isTty && !io.env.NO_COLOR };
}
