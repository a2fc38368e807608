import type { Agreement } from '../catalog/agreement.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { forEachCoveredElement } from './covered-element-ids.js';

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
  const counts = new Map<string, number>(elements.map((e) => [e.id, 0]));
  for (const a of agreements) forEachCoveredElement(a, (id) => counts.set(id, (counts.get(id) ?? 0) + 1));
  const total = agreements.length;
  return elements
    .map((element, order) => ({ element, count: counts.get(element.id) ?? 0, share: total > 0 ? (counts.get(element.id) ?? 0) / total : 0, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ element, count, share }) => ({ element, count, share }));
}
