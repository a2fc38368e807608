import type { Block } from '../../../core/reply/reply.js';

type Chart = Extract<Block, { type: 'chart' }>;

const BAR_WIDTH = 30;
const LABEL_WIDTH = 28;
const SPARKS = '▁▂▃▄▅▆▇█';

const fit = (label: string, width: number) =>
  label.length > width ? `${label.slice(0, width - 1)}…` : label.padEnd(width, ' ');

const formatValue = (value: number, unit: string | undefined) =>
  `${Number.isInteger(value) ? value : value.toFixed(1)}${unit ? ` ${unit}` : ''}`;

function sparkline(series: readonly number[]): string {
  const max = Math.max(...series, 0);
  const min = Math.min(...series, 0);
  const span = max - min || 1;
  return series.map((v) => SPARKS[Math.round(((v - min) / span) * (SPARKS.length - 1))] ?? SPARKS[0]).join('');
}

/**
 * A chart as monospace lines for a code block: Slack has no chart block, and text bars survive
 * every client, notifications included. Bars scale to the largest value; trends become sparklines.
 */
export function renderChartText(chart: Chart): string {
  const width = Math.min(LABEL_WIDTH, Math.max(1, ...chart.bars.map((b) => b.label.length)));
  if (chart.kind === 'trend') {
    const periods = chart.periods ?? [];
    const head = periods.length > 0 ? `${' '.repeat(width)}  ${periods[0]} → ${periods[periods.length - 1]}` : null;
    const lines = chart.bars.map((b) => {
      const series = b.series ?? [b.value];
      return `${fit(b.label, width)}  ${sparkline(series)}  ${formatValue(b.value, chart.unit)}`;
    });
    return [chart.title, ...(head ? [head] : []), ...lines].join('\n');
  }
  const max = Math.max(0, ...chart.bars.map((b) => b.value));
  const lines = chart.bars.map((b) => {
    const len = max > 0 ? Math.round((Math.max(0, b.value) / max) * BAR_WIDTH) : 0;
    const bar = len > 0 ? '█'.repeat(len) : '▏';
    return `${fit(b.label, width)}  ${bar} ${formatValue(b.value, chart.unit)}`;
  });
  return [chart.title, ...lines].join('\n');
}
