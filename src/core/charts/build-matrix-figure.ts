import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { shortNameOf } from '../questions/describe-agreement.js';
import type { ChartFigure } from './chart-figure.js';
import { makeFigure } from './chart-style.js';
import { coverageStatus, statusColor } from './coverage-status.js';

/** More rows than this and labels stop being readable; the spreadsheet export has them all. */
export const MAX_MATRIX_ROWS = 60;
const ROW = 18;
const COLUMN = 26;

/** The agreement x element coverage matrix as a heat map: sourced, unverified or not covered. */
export function buildMatrixFigure(input: { catalog: CatalogSnapshot }): ChartFigure {
  const { catalog } = input;
  const shown = catalog.agreements.slice(0, MAX_MATRIX_ROWS);
  const label = (a: (typeof shown)[number]) => `${a.id} ${shortNameOf(a)}`;
  const values = shown.flatMap((a) => catalog.elements.map((e) => ({ agreement: label(a), element: e.id, status: coverageStatus(a, e.id) })));
  const links = values.filter((v) => v.status !== 'not covered');
  const cut = catalog.agreements.length > shown.length ? ` Showing the first ${shown.length} of ${catalog.agreements.length} agreements by catalog id; the spreadsheet export (normbot export --format xlsx) has them all.` : '';
  const categories = catalog.categories.map((c) => `${c.id} ${c.name.split(/[ /]/)[0]}`).join(', ');
  const width = 300 + COLUMN * catalog.elements.length + 40;
  return makeFigure({
    kind: 'matrix',
    name: 'normbot-matrix',
    title: 'Which agreement covers which norm element',
    method: `Each row is an agreement, each column a norm element (ids as in the BPF taxonomy; categories ${categories}). ${links.length} links shown, ${links.filter((v) => v.status === 'unverified').length} of them unverified.${cut}`,
    catalog,
    alt: `Heat map of ${shown.length} agreements by ${catalog.elements.length} norm elements: ${links.length} coverage links, ${links.filter((v) => v.status === 'sourced').length} sourced and ${links.filter((v) => v.status === 'unverified').length} unverified.`,
    width,
    bodyHeight: shown.length * ROW + 120,
    spec: {
      data: { values },
      mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
      encoding: {
        x: { field: 'element', type: 'ordinal', title: 'Norm element', scale: { domain: catalog.elements.map((e) => e.id) }, axis: { orient: 'top', labelAngle: 0, labelFontSize: 11, ticks: false, domain: false } },
        y: { field: 'agreement', type: 'ordinal', title: null, scale: { domain: shown.map(label) }, axis: { labelLimit: 280, labelFontSize: 12, ticks: false, domain: false } },
        color: statusColor('status'),
      },
    },
  });
}
