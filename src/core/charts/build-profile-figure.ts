import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { shortNameOf } from '../questions/describe-agreement.js';
import type { ChartFigure } from './chart-figure.js';
import { ROW_STEP, categoryRows, elementBarsSpec, elementText, makeFigure } from './chart-style.js';
import { coverageStatus, statusColor } from './coverage-status.js';

/**
 * One agreement's profile: every norm element by category, the bar as long as the number of
 * catalog agreements covering it (how common the element is), coloured by whether this agreement
 * covers it, sourced or unverified.
 */
export function buildProfileFigure(input: { catalog: CatalogSnapshot; agreement: Agreement }): ChartFigure {
  const { catalog, agreement: a } = input;
  const name = shortNameOf(a);
  const rows = categoryRows(catalog, catalog.elements);
  const values = catalog.elements.map((e) => {
    const count = catalog.agreementsByElement.get(e.id)?.length ?? 0;
    return { element: elementText(e), status: coverageStatus(a, e.id), count };
  });
  const covered = values.filter((v) => v.status !== 'not covered');
  const total = catalog.agreements.length;
  return makeFigure({
    kind: 'profile',
    name: `normbot-profile-${a.slug}`.slice(0, 80).replace(/-+$/, ''),
    title: `${name}: covers ${covered.length} of ${catalog.elements.length} norm elements`,
    method: `${a.name} (${a.year ?? 'year unknown'}). Colour: whether it covers the element, and whether that link was read at its source (sourced) or not (unverified). Bar: how many of the ${total} agreements in the catalog cover the element.`,
    catalog,
    alt: `Profile of ${a.name}: covers ${covered.length} of ${catalog.elements.length} norm elements${covered.length > 0 ? `: ${covered.map((v) => `${v.element}${v.status === 'unverified' ? ' (unverified)' : ''}`).join(', ')}` : ''}.`,
    bodyHeight: rows.domain.length * ROW_STEP + 110,
    spec: elementBarsSpec({ values, rows, total, color: statusColor('status', `not covered by ${name}`), label: 'count' }),
  });
}
