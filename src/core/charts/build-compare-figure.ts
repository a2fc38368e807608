import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { shortNameOf } from '../questions/describe-agreement.js';
import type { ChartFigure } from './chart-figure.js';
import { ROW_STEP, categoryRows, elementText, makeFigure, rowsEncoding } from './chart-style.js';
import { coverageStatus, statusColor } from './coverage-status.js';

/** Two or three agreements side by side: a column each, a row per element any of them covers. */
export function buildCompareFigure(input: { catalog: CatalogSnapshot; agreements: readonly Agreement[] }): ChartFigure {
  const { catalog, agreements } = input;
  const names = agreements.map(shortNameOf);
  const elements = catalog.elements.filter((e) => agreements.some((a) => coverageStatus(a, e.id) !== 'not covered'));
  const shared = elements.filter((e) => agreements.every((a) => coverageStatus(a, e.id) !== 'not covered'));
  const rows = categoryRows(catalog, elements);
  const values = agreements.flatMap((a, i) => elements.map((e) => ({ agreement: names[i] ?? a.name, element: elementText(e), status: coverageStatus(a, e.id) })));
  const counts = agreements.map((a, i) => `${names[i]} ${elements.filter((e) => coverageStatus(a, e.id) !== 'not covered').length}`);
  return makeFigure({
    kind: 'compare',
    name: `normbot-compare-${agreements.map((a) => a.id).join('-')}`,
    title: `${names.join(' vs ')}: ${shared.length} shared element${shared.length === 1 ? '' : 's'}`,
    method: `${agreements.map((a) => `${a.name} (${a.year ?? 'year unknown'})`).join('; ')}. Rows: the ${elements.length} norm elements at least one of them covers; colour: sourced, unverified or not covered.`,
    catalog,
    alt: `Comparison of ${names.join(', ')}: elements covered ${counts.join(', ')}; ${shared.length} shared${shared.length > 0 ? ` (${shared.map((e) => e.name).join(', ')})` : ''}.`,
    bodyHeight: Math.max(rows.domain.length, 3) * ROW_STEP + 130,
    spec: {
      data: { values },
      encoding: {
        y: rowsEncoding(rows),
        x: { field: 'agreement', type: 'nominal', scale: { domain: names, paddingInner: 0.08 }, title: null, axis: { orient: 'top', labelAngle: 0, labelLimit: 150, ticks: false, domain: false } },
      },
      layer: [
        { mark: { type: 'rect', stroke: 'white', strokeWidth: 2 }, encoding: { color: statusColor('status') } },
        {
          mark: { type: 'text', fontSize: 12 },
          encoding: {
            text: { field: 'status' },
            color: { condition: { test: "datum.status === 'sourced'", value: 'white' }, value: '#222222' },
          },
        },
      ],
    },
  });
}
