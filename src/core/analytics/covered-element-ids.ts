import type { Agreement } from '../catalog/agreement.js';

/**
 * Calls fn once per element an agreement covers, even when two clauses cover the same element.
 * Allocation-free on purpose: analytics run this over every agreement of the catalog per question.
 */
export function forEachCoveredElement(a: Agreement, fn: (elementId: string) => void): void {
  const list = a.coverage;
  for (let i = 0; i < list.length; i++) {
    const id = list[i]?.element ?? '';
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = list[j]?.element === id;
    if (!seen) fn(id);
  }
}
