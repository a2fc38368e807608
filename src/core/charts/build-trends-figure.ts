import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { MIN_CHANGE_POINTS, MIN_COVERING, type ElementTrend, type ElementTrends } from '../analytics/compute-element-trends.js';
import type { ChartFigure } from './chart-figure.js';
import { ROW_STEP, elementText, groupedRows, makeFigure, rowsEncoding } from './chart-style.js';

const DIRECTIONS: ReadonlyArray<{ direction: ElementTrend['direction']; header: string }> = [
  { direction: 'rising', header: 'Rising' },
  { direction: 'flat', header: 'No clear trend' },
  { direction: 'declining', header: 'Declining' },
  { direction: 'too few', header: `Too few agreements to tell (fewer than ${MIN_COVERING})` },
];
const SHARE_TITLE = 'Share of the period\'s agreements covering the element (%)';
const PERIOD_COLORS = ['#c6dbef', '#6baed6', '#08519c', '#08306b', '#041c40'];

/**
 * Element share over time: one row per element, a dot per period at the share of that period's
 * agreements covering it (light to dark, oldest to newest), rows grouped by direction and sorted by
 * the change; the periods and the method are stated in the subtitle.
 */
export function buildTrendsFigure(input: { catalog: CatalogSnapshot; result: ElementTrends; shown: readonly ElementTrend[]; scope: string }): ChartFigure {
  const { catalog, result } = input;
  const shown = input.shown.length > 0 ? input.shown : result.trends;
  const periodLabels = result.periods.map((p) => `${p.label} (n=${p.size})`);
  const rows = groupedRows(
    DIRECTIONS.map((d) => ({ header: d.header, rows: shown.filter((t) => t.direction === d.direction).sort((a, b) => b.change - a.change).map((t) => elementText(t.element)) })),
  );
  const pct = (n: number) => Math.round(n * 100);
  const dots = shown.flatMap((t) => t.shares.map((s, i) => ({ element: elementText(t.element), period: periodLabels[i] ?? '', share: pct(s) })));
  const spans = shown.map((t) => ({
    element: elementText(t.element),
    low: Math.min(...t.shares.map(pct)),
    high: Math.max(...t.shares.map(pct)),
    note: `${t.change >= 0 ? '+' : ''}${Math.round(t.change)} pts`,
  }));
  const dated = result.periods.reduce((n, p) => n + p.size, 0);
  const small = result.smallPeriods.length > 0 ? ` Small samples: ${result.smallPeriods.join(', ')} (fewer than 10 agreements); read as indications.` : '';
  const moves = shown.filter((t) => t.direction === 'rising' || t.direction === 'declining').map((t) => `${t.element.name} ${t.direction} ${t.shares.map(pct).join('% to ')}%`);
  return makeFigure({
    kind: 'trends',
    name: 'normbot-trends',
    title: 'Norm elements over time: share of agreements by period',
    method:
      `Method: the ${dated} dated ${input.scope} split by year of adoption into ${result.periods.length} periods of similar size: ${periodLabels.join(', ')}. ` +
      `A dot is the share of a period's agreements covering the element. Rising or declining: a change of at least ${MIN_CHANGE_POINTS} points from the first to the last period, ` +
      `a least-squares slope (covered or not, against the year) of the same sign, and at least ${MIN_COVERING} covering agreements.${small}`,
    catalog,
    alt: `Dot chart of ${shown.length} norm elements' share of agreements per period (${periodLabels.join(', ')}). ${moves.length > 0 ? moves.join('; ') : 'No element rises or declines clearly'}.`,
    bodyHeight: rows.domain.length * ROW_STEP + 150,
    spec: {
      encoding: { y: rowsEncoding(rows) },
      layer: [
        {
          data: { values: spans },
          mark: { type: 'rule', color: '#9e9e9e', strokeWidth: 2 },
          encoding: { x: { field: 'low', type: 'quantitative', title: SHARE_TITLE }, x2: { field: 'high' } },
        },
        {
          data: { values: dots },
          mark: { type: 'point', filled: true, size: 110, opacity: 1 },
          encoding: {
            x: {
              field: 'share',
              type: 'quantitative',
              title: SHARE_TITLE,
              scale: { domain: [-4, 125], nice: false },
              axis: { values: [0, 25, 50, 75, 100] },
            },
            color: {
              field: 'period',
              type: 'ordinal',
              title: 'Period of adoption',
              scale: { domain: periodLabels, range: PERIOD_COLORS.slice(0, periodLabels.length) },
              legend: { orient: 'top', direction: 'vertical' },
            },
          },
        },
        {
          data: { values: spans },
          mark: { type: 'text', align: 'left', dx: 6 },
          encoding: { x: { datum: 102, title: SHARE_TITLE }, text: { field: 'note' } },
        },
      ],
    },
  });
}
