import type { Agreement } from '../catalog/agreement.js';
import type { NormElement } from '../taxonomy/norm-element.js';

const slotCache = new WeakMap<readonly NormElement[], { slot: Map<string, number>; byAgreement: WeakMap<Agreement, Uint8Array> }>();

/**
 * The positions in `elements` of the elements an agreement covers, each once even when two clauses
 * cover the same element. Cached per (elements list, agreement), both immutable within a snapshot,
 * so analytics over 10,000 agreements loop over small typed arrays instead of strings and maps.
 */
export function coveredSlots(a: Agreement, elements: readonly NormElement[]): Uint8Array {
  let entry = slotCache.get(elements);
  if (!entry) {
    entry = { slot: new Map(elements.map((e, i) => [e.id, i])), byAgreement: new WeakMap() };
    slotCache.set(elements, entry);
  }
  let slots = entry.byAgreement.get(a);
  if (!slots) {
    const unique = new Set<number>();
    for (const c of a.coverage) {
      const i = entry.slot.get(c.element);
      if (i !== undefined) unique.add(i);
    }
    slots = Uint8Array.from(unique);
    entry.byAgreement.set(a, slots);
  }
  return slots;
}
