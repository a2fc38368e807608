/** ANSI styling that collapses to plain text when colour is off (NO_COLOR, pipes). */
export interface TerminalStyle {
  bold(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
  accent(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

export function terminalStyle(color: boolean): TerminalStyle {
  if (!color) return { bold: (t) => t, dim: (t) => t, warn: (t) => t, accent: (t) => t };
  return { bold: wrap(1, 22), dim: wrap(2, 22), warn: wrap(33, 39), accent: wrap(36, 39) };
}

/**
 * Drops control characters (ESC included) from text that came from mail or data files, so a
 * contribution cannot move the cursor or recolour the operator's terminal. Tabs become spaces.
 */
export function stripControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}
