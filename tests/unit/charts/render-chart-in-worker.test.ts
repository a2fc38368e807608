import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { buildCatalogFigure } from '../../../src/core/charts/build-catalog-figure.js';
import { ChartRenderError } from '../../../src/errors.js';
import { renderChartPng } from '../../../src/charts/render-chart.js';
import { chartWorkerProcess, renderChartPngInWorker } from '../../../src/charts/render-chart-in-worker.js';
import { ask } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('charts drawn in a worker process', () => {
  it('draws the same PNG as the renderer in this thread, chart after chart across the workers that replace each other', async () => {
    const figures = [
      buildCatalogFigure(catalog, { kind: 'frequency' }),
      buildCatalogFigure(catalog, { kind: 'trends' }),
      ask(catalog, 'What does the Paris Call cover?').figure!,
      ask(catalog, 'Compare the Paris Call and the Tech Accord').figure!,
      buildCatalogFigure(catalog, { kind: 'matrix' }),
      buildCatalogFigure(catalog, { kind: 'frequency' }),
    ];
    // asked all at once: drawn one after the other, each answer its own figure's picture
    const inWorker = await Promise.all(figures.map((f) => renderChartPngInWorker(f)));
    for (const [i, figure] of figures.entries()) expect(inWorker[i]!.equals(await renderChartPng(figure)), figure.kind).toBe(true);
  }, 120_000);

  it('fails a figure it cannot draw with a chart error, and draws the next one', async () => {
    const figure = buildCatalogFigure(catalog, { kind: 'frequency' });
    // an expression vega cannot parse
    const broken = { ...figure, spec: { ...figure.spec, transform: [{ calculate: 'datum.count +* (', as: 'x' }] } };
    await expect(renderChartPngInWorker(broken)).rejects.toBeInstanceOf(ChartRenderError);
    expect((await renderChartPngInWorker(figure)).equals(await renderChartPng(figure))).toBe(true);
  }, 60_000);

  it('draws again after its worker was killed between charts, and fails only the chart whose worker dies while drawing', async () => {
    const figure = buildCatalogFigure(catalog, { kind: 'frequency' });
    const expected = await renderChartPng(figure);
    expect((await renderChartPngInWorker(figure)).equals(expected)).toBe(true);
    // killed while idle (out of memory, an operator): the next chart starts a new worker
    const idle = chartWorkerProcess()!;
    const gone = new Promise((resolve) => idle.once('exit', resolve));
    idle.kill('SIGKILL');
    await gone;
    expect((await renderChartPngInWorker(figure)).equals(expected)).toBe(true);
    // killed while drawing: that chart fails with a chart error, the next one is drawn
    const drawing = renderChartPngInWorker(buildCatalogFigure(catalog, { kind: 'matrix' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    chartWorkerProcess()!.kill('SIGKILL');
    await expect(drawing).rejects.toBeInstanceOf(ChartRenderError);
    expect((await renderChartPngInWorker(figure)).equals(expected)).toBe(true);
  }, 60_000);
});
