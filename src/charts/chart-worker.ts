import { parentPort } from 'node:worker_threads';
import type { ChartFigure } from '../core/charts/chart-figure.js';
import { renderChartPng } from './render-chart.js';

// The chart worker (renderChartPngInWorker): draws the figures it is sent, one at a time.
parentPort!.on('message', ({ id, figure, scale }: { id: number; figure: ChartFigure; scale?: number }) => {
  renderChartPng(figure, scale).then(
    (png) => parentPort!.postMessage({ id, png }),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
