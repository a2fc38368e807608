import type { ChartFigure } from '../core/charts/chart-figure.js';
import { renderChartPng } from './render-chart.js';

// The chart worker process (renderChartPngInWorker): draws the figures it is sent, one at a time.
process.on('message', ({ id, figure, scale }: { id: number; figure: ChartFigure; scale?: number }) => {
  renderChartPng(figure, scale).then(
    (png) => process.send!({ id, png }),
    (error: unknown) => process.send!({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
// the bot gone (its IPC channel closed), nothing is left to draw for
process.on('disconnect', () => process.exit(0));
