import type { Agreement } from '../catalog/agreement.js';
import { STATUS_COLORS } from './chart-style.js';

export type CoverageStatus = 'sourced' | 'unverified' | 'not covered';

/** How an agreement covers an element: sourced only when every link to it is. */
export function coverageStatus(a: Agreement, elementId: string): CoverageStatus {
  const links = a.coverage.filter((c) => c.element === elementId);
  if (links.length === 0) return 'not covered';
  return links.every((c) => c.status === 'sourced') ? 'sourced' : 'unverified';
}

/** The colour encoding of a status field, with a legend that says what each colour means. */
export function statusColor(field: string, notCovered = 'not covered') {
  return {
    field,
    type: 'nominal',
    title: null,
    scale: { domain: ['sourced', 'unverified', 'not covered'], range: [STATUS_COLORS.sourced, STATUS_COLORS.unverified, STATUS_COLORS.none] },
    legend: {
      // stacked: a horizontal legend starts at the plot's left edge and would run past the picture
      orient: 'top',
      direction: 'vertical',
      labelExpr: `{'sourced': 'covered (sourced)', 'unverified': 'covered (unverified)', 'not covered': ${JSON.stringify(notCovered)}}[datum.label]`,
    },
  };
}
