import fs from 'node:fs';
import { it } from 'vitest';
import { countElementFrequency } from '../../../src/core/analytics/count-element-frequency.js';
import { buildFrequencyFigure } from '../../../src/core/charts/build-frequency-figure.js';
import { renderChartPng, renderChartSvg } from '../../../src/charts/render-chart.js';
import { computeElementTrends } from '../../../src/core/analytics/compute-element-trends.js';
import { buildTrendsFigure } from '../../../src/core/charts/build-trends-figure.js';
import { buildMatrixFigure } from '../../../src/core/charts/build-matrix-figure.js';
import { buildProfileFigure } from '../../../src/core/charts/build-profile-figure.js';
import { buildCompareFigure } from '../../../src/core/charts/build-compare-figure.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

it('looks', async () => {
  const catalog = await loadCatalog();
  const figs = {
    freq: buildFrequencyFigure({ catalog, ranked: countElementFrequency(catalog.agreements, catalog.elements), total: catalog.agreements.length, scope: `all ${catalog.agreements.length} agreements in the catalog` }),
    trends: buildTrendsFigure({ catalog, result: computeElementTrends(catalog.agreements, catalog.elements), shown: [], scope: 'agreements in the catalog' }),
    matrix: buildMatrixFigure({ catalog }),
    profile: buildProfileFigure({ catalog, agreement: catalog.agreementById.get(22)! }),
    compare: buildCompareFigure({ catalog, agreements: [22, 24, 38].map((id) => catalog.agreementById.get(id)!) }),
  };
  for (const [k, fig] of Object.entries(figs)) {
    const t = performance.now();
    fs.writeFileSync(`/tmp/charts-${k}.svg`, await renderChartSvg(fig));
    fs.writeFileSync(`/tmp/charts-${k}.png`, await renderChartPng(fig));
    console.log(k, fig.width, fig.height, performance.now() - t);
  }
});
import { svgToPng } from '../../../src/charts/render-chart.js';
it('small', async () => {
  for (const k of ['freq', 'trends', 'matrix', 'profile', 'compare']) fs.writeFileSync(`/tmp/charts-${k}-550.png`, svgToPng(fs.readFileSync(`/tmp/charts-${k}.svg`, 'utf8'), 550));
});
