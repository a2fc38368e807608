import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { NormElement } from '../taxonomy/norm-element.js';

/**
 * Element ids written in a text ("2.5", "element 5.10"), in the order written, each once.
 * Separate from findElements because in mail "4.2" is as often a section number as an element.
 */
export function findElementIds(text: string, catalog: CatalogSnapshot): NormElement[] {
  const out = new Map<string, NormElement>();
  for (const m of text.slice(0, 20_000).matchAll(/(?<![\d.])([1-6])\.(\d{1,2})(?![\d]|\.\d)/g)) {
    const element = catalog.elementById.get(`${m[1]}.${m[2]}`);
    if (element) out.set(element.id, element);
  }
  return [...out.values()];
}
