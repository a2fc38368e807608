import type { Agreement } from './agreement.js';
import type { Category, GgeNorm, NormElement } from '../taxonomy/norm-element.js';

/**
 * The whole catalog in memory, read-only. Questions are answered against it, so answers are
 * pure functions of (question, snapshot, now). The store rebuilds it after every catalog change.
 */
export interface CatalogSnapshot {
  readonly agreements: readonly Agreement[];
  readonly categories: readonly Category[];
  readonly elements: readonly NormElement[];
  readonly ggeNorms: readonly GgeNorm[];
  readonly agreementById: ReadonlyMap<number, Agreement>;
  readonly elementById: ReadonlyMap<string, NormElement>;
  /** element id -> agreements covering it, in catalog order */
  readonly agreementsByElement: ReadonlyMap<string, readonly Agreement[]>;
  /** ISO time of the catalog's last recorded change, when the store knows it (charts cite it) */
  readonly asOf?: string;
}

export function buildCatalogSnapshot(input: {
  agreements: readonly Agreement[];
  categories: readonly Category[];
  elements: readonly NormElement[];
  ggeNorms: readonly GgeNorm[];
  asOf?: string;
}): CatalogSnapshot {
  const agreements = [...input.agreements].sort((a, b) => a.id - b.id);
  const agreementsByElement = new Map<string, Agreement[]>();
  for (const e of input.elements) agreementsByElement.set(e.id, []);
  for (const a of agreements) {
    // an agreement can cover an element through two clauses; list it once
    for (const id of new Set(a.coverage.map((c) => c.element))) agreementsByElement.get(id)?.push(a);
  }
  return {
    agreements,
    categories: input.categories,
    elements: input.elements,
    ggeNorms: input.ggeNorms,
    agreementById: new Map(agreements.map((a) => [a.id, a])),
    elementById: new Map(input.elements.map((e) => [e.id, e])),
    agreementsByElement,
    ...(input.asOf ? { asOf: input.asOf } : {}),
  };
}

/** How a snapshot was derived from an earlier one (see updateCatalogSnapshot). */
export interface CatalogSnapshotChange {
  readonly base: CatalogSnapshot;
  /** agreements added or changed, as they are now */
  readonly upserted: readonly Agreement[];
  readonly removedIds: readonly number[];
}

const lineage = new WeakMap<CatalogSnapshot, CatalogSnapshotChange>();

/**
 * The change a snapshot was derived by, once: taking it lets the base snapshot go (an index carried
 * over, or built afresh, needs it no more).
 */
export function takeCatalogChange(snapshot: CatalogSnapshot): CatalogSnapshotChange | undefined {
  const change = lineage.get(snapshot);
  lineage.delete(snapshot);
  return change;
}

/**
 * A new snapshot: `base` with some agreements added, replaced or removed, the taxonomy unchanged.
 * Unchanged agreements are shared with `base`, and the change is remembered, so indexes built for
 * `base` can be carried over to the new snapshot instead of being rebuilt (getCatalogTextIndex).
 */
export function updateCatalogSnapshot(base: CatalogSnapshot, change: { upserted: readonly Agreement[]; removedIds: readonly number[]; asOf?: string }): CatalogSnapshot {
  const replaced = new Map(change.upserted.map((a) => [a.id, a]));
  const removed = new Set(change.removedIds);
  const kept = base.agreements.filter((a) => !removed.has(a.id) && !replaced.has(a.id));
  const agreements = [...kept, ...replaced.values()].sort((a, b) => a.id - b.id);
  const agreementById = new Map(base.agreementById);
  for (const id of [...removed, ...replaced.keys()]) agreementById.delete(id);
  for (const a of replaced.values()) agreementById.set(a.id, a);
  // only the lists of elements covered before or after by a changed agreement are rebuilt
  const touched = new Set<string>();
  for (const id of [...removed, ...replaced.keys()]) base.agreementById.get(id)?.coverage.forEach((c) => touched.add(c.element));
  for (const a of replaced.values()) a.coverage.forEach((c) => touched.add(c.element));
  const agreementsByElement = new Map(base.agreementsByElement);
  for (const element of touched) {
    const before = base.agreementsByElement.get(element);
    if (!before) continue;
    const list = before.filter((a) => !removed.has(a.id) && !replaced.has(a.id));
    for (const a of replaced.values()) {
      if (!a.coverage.some((c) => c.element === element)) continue;
      let at = list.length;
      while (at > 0 && list[at - 1]!.id > a.id) at--;
      list.splice(at, 0, a);
    }
    agreementsByElement.set(element, list);
  }
  const snapshot: CatalogSnapshot = { ...base, agreements, agreementById, agreementsByElement, ...(change.asOf ? { asOf: change.asOf } : {}) };
  // a base that was itself derived and never indexed is skipped: the chain stays one step long
  const earlier = lineage.get(base);
  const upserted = [...(earlier?.upserted ?? []).filter((a) => !replaced.has(a.id) && !removed.has(a.id)), ...replaced.values()];
  const removedIds = [...new Set([...(earlier?.removedIds ?? []), ...removed])].filter((id) => !replaced.has(id));
  lineage.set(snapshot, { base: earlier?.base ?? base, upserted, removedIds });
  return snapshot;
}
