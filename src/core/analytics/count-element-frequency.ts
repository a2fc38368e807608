import type { Agreement } from '../catalog/agreement.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { coveredSlots } from './covered-slots.js';

export interface ElementFrequency {
  element: NormElement;
  /** agreements covering the element */
  count: number;
  /** count / number of agreements considered, 0..1 */
  share: number;
}

/**
 * Elements ranked by how many of the given agreements cover them, most first; ties keep taxonomy
 * order so the ranking is stable. Counts each agreement once per element.
 */
export function countElementFrequency(agreements: readonly Agreement[], elements: readonly NormElement[]): ElementFrequency[] {
  const counts = new Int32Array(elements.length);
  for (const a of agreements) for (const i of coveredSlots(a, elements)) counts[i] = (counts[i] ?? 0) + 1;
  return rankElementCounts(counts, agreements.length, elements);
}

/** Elements ranked by their counts (counts[i] for elements[i]) among `total` agreements, as countElementFrequency ranks them. */
export function rankElementCounts(counts: Int32Array, total: number, elements: readonly NormElement[]): ElementFrequency[] {
  return elements
    .map((element, order) => ({ element, count: counts[order] ?? 0, share: total > 0 ? (counts[order] ?? 0) / total : 0, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ element, count, share }) => ({ element, count, share }));
}
