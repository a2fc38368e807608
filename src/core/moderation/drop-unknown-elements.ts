import type { CatalogWriter } from './catalog-writer.js';
import type { Draft } from './draft.js';

/**
 * The draft without suggested element ids the taxonomy does not have ("7.1" read from a section
 * number), so approving never fails on a link the catalog cannot hold.
 */
export async function dropUnknownElements(draft: Draft, catalog: CatalogWriter): Promise<Draft> {
  const known = await Promise.all(draft.fields.normElements.map((s) => catalog.hasElement(s.id)));
  const normElements = draft.fields.normElements.filter((_, i) => known[i]);
  return normElements.length === draft.fields.normElements.length ? draft : { ...draft, fields: { ...draft.fields, normElements } };
}
