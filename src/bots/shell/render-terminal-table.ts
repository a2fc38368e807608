import type { TerminalStyle } from './terminal-style.js';

const fit = (cell: string, width: number) => (cell.length <= width ? cell.padEnd(width) : `${cell.slice(0, Math.max(0, width - 1))}…`);

/**
 * An aligned table: header, rule, rows. When it is wider than the terminal the widest columns
 * give way first and their cells end in "…".
 */
export function renderTerminalTable(columns: readonly string[], rows: readonly (readonly string[])[], width: number, style: TerminalStyle): string[] {
  const gap = 2;
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
  while (total() > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 0) <= 6) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const line = (cells: readonly string[]) =>
    widths
      .map((w, i) => fit(cells[i] ?? '', w))
      .join(' '.repeat(gap))
      .trimEnd();
  return [style.bold(line(columns)), style.dim('─'.repeat(Math.min(total(), width))), ...rows.map(line)];
}
