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
