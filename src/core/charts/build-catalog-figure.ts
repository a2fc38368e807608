import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { computeElementTrends } from '../analytics/compute-element-trends.js';
import { countElementFrequency } from '../analytics/count-element-frequency.js';
import { buildCompareFigure } from './build-compare-figure.js';
import { buildFrequencyFigure } from './build-frequency-figure.js';
import { buildMatrixFigure } from './build-matrix-figure.js';
import { buildProfileFigure } from './build-profile-figure.js';
import { buildTrendsFigure } from './build-trends-figure.js';
import type { ChartFigure } from './chart-figure.js';

export type CatalogChartRequest =
  | { kind: 'frequency' }
  | { kind: 'trends' }
  | { kind: 'matrix' }
  | { kind: 'profile'; agreement: Agreement }
  | { kind: 'compare'; agreements: readonly Agreement[] };

/** A chart of the whole catalog (`normbot chart ...`); answers build theirs from their own figures. */
export function buildCatalogFigure(catalog: CatalogSnapshot, request: CatalogChartRequest): ChartFigure {
  const all = `all ${catalog.agreements.length} agreements in the catalog`;
  switch (request.kind) {
    case 'frequency':
      return buildFrequencyFigure({ catalog, ranked: countElementFrequency(catalog.agreements, catalog.elements), total: catalog.agreements.length, scope: all });
    case 'trends':
      return buildTrendsFigure({ catalog, result: computeElementTrends(catalog.agreements, catalog.elements), shown: [], scope: 'agreements in the catalog' });
    case 'matrix':
      return buildMatrixFigure({ catalog });
    case 'profile':
      return buildProfileFigure({ catalog, agreement: request.agreement });
    case 'compare':
      return buildCompareFigure({ catalog, agreements: request.agreements });
  }
}
