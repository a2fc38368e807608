import type { Block } from '../../core/reply/reply.js';
import type { TerminalStyle } from './terminal-style.js';

type Chart = Extract<Block, { type: 'chart' }>;

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** A horizontal bar of `value / max` of `room` cells, in eighths of a cell. */
export function drawBar(value: number, max: number, room: number): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * room * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + (EIGHTHS[eighths % 8] ?? '');
}

/** One sparkline character per period, scaled to the series' own maximum; a negative value draws as the lowest. */
export function drawSparkline(series: readonly number[]): string {
  const max = Math.max(0, ...series);
  return series.map((v) => (max <= 0 ? SPARKS[0] : SPARKS[Math.max(0, Math.min(7, Math.round((v / max) * 7)))])).join('');
}

/** Bar charts as Unicode bars with their values; trends as one sparkline per label. */
export function renderTerminalChart(chart: Chart, width: number, style: TerminalStyle): string[] {
  const labelWidth = Math.min(Math.max(0, ...chart.bars.map((b) => b.label.length)), Math.floor(width / 2));
  const label = (text: string) => (text.length <= labelWidth ? text.padEnd(labelWidth) : `${text.slice(0, labelWidth - 1)}…`);
  const unit = chart.unit ? ` ${chart.unit}` : '';
  const lines = [style.bold(chart.title)];
  if (chart.kind === 'trend') {
    if (chart.periods?.length) lines.push(style.dim(`${''.padEnd(labelWidth)}  ${chart.periods.join(', ')}`));
    for (const bar of chart.bars) {
      // series are the per-period values; value (with the unit) is the summary, e.g. the slope
      const series = bar.series ?? [bar.value];
      const summary = `${bar.value > 0 ? '+' : ''}${bar.value}${unit}`;
      lines.push(`${label(bar.label)}  ${style.accent(drawSparkline(series))}  ${series.join(' → ')}  (${summary})`);
    }
    return lines;
  }
  const max = Math.max(0, ...chart.bars.map((b) => b.value));
  const valueWidth = Math.max(0, ...chart.bars.map((b) => String(b.value).length));
  const room = Math.max(5, width - labelWidth - valueWidth - unit.length - 4);
  for (const bar of chart.bars) {
    lines.push(`${label(bar.label)}  ${style.accent(drawBar(bar.value, max, room).padEnd(room))} ${String(bar.value).padStart(valueWidth)}${unit}`.trimEnd());
  }
  return lines;
}
