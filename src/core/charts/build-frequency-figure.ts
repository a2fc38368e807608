import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { ElementFrequency } from '../analytics/count-element-frequency.js';
import type { ChartFigure } from './chart-figure.js';
import { ROW_STEP, categoryRows, elementBarsSpec, elementText, makeFigure } from './chart-style.js';

/**
 * Elements ranked by how many agreements cover them, grouped by category: a bold header row per
 * category (taxonomy order), the most covered element first within each, one colour per category.
 */
export function buildFrequencyFigure(input: { catalog: CatalogSnapshot; ranked: readonly ElementFrequency[]; total: number; scope: string }): ChartFigure {
  const { catalog, ranked, total } = input;
  const rows = categoryRows(catalog, ranked.map((f) => f.element), (a, b) => countOf(ranked, b) - countOf(ranked, a));
  const values = ranked.map((f) => ({ element: elementText(f.element), category: f.element.categoryId, count: f.count, label: `${f.count} (${Math.round(f.share * 100)}%)` }));
  const top = ranked.slice(0, 3).map((f) => `${f.element.name} ${f.count}`);
  const least = ranked.slice(-3).map((f) => `${f.element.name} ${f.count}`);
  return makeFigure({
    kind: 'frequency',
    name: 'normbot-frequency',
    title: 'Norm elements by number of agreements covering them',
    method: `Method: for each of the ${ranked.length} norm elements, the number of ${input.scope} that cover it (share in brackets). Grouped by category, most covered first within each.`,
    catalog,
    alt: `Bar chart of ${ranked.length} norm elements by how many of ${total} agreements cover them. Most covered: ${top.join(', ')}. Least covered: ${least.join(', ')}.`,
    bodyHeight: rows.domain.length * ROW_STEP + 40,
    spec: elementBarsSpec({ values, rows, total, color: rows.color, label: 'label' }),
  });
}

function countOf(ranked: readonly ElementFrequency[], e: { id: string }): number {
  return ranked.find((f) => f.element.id === e.id)?.count ?? 0;
}
