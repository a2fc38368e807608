import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import { buildAgreementNameIndex, type AgreementNameIndex } from './agreement-name-index.js';
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.js';

/** Everything matching needs, built once per snapshot (snapshots are immutable). */
export interface CatalogTextIndex {
  readonly elements: PhraseIndex;
  readonly ggeNorms: PhraseIndex;
  readonly agreements: AgreementNameIndex;
}

const cache = new WeakMap<CatalogSnapshot, CatalogTextIndex>();

export function getCatalogTextIndex(catalog: CatalogSnapshot): CatalogTextIndex {
  let index = cache.get(catalog);
  if (!index) {
    index = buildCatalogTextIndex(catalog);
    cache.set(catalog, index);
  }
  return index;
}

function buildCatalogTextIndex(catalog: CatalogSnapshot): CatalogTextIndex {
  // the seed labels two elements "CIP" (2.1 and 5.6); a shared label names only the element whose
  // own name carries it, "Critical infrastructure protection (CIP)"
  const labelUses = new Map<string, number>();
  for (const e of catalog.elements) labelUses.set(e.seedLabel.toLowerCase(), (labelUses.get(e.seedLabel.toLowerCase()) ?? 0) + 1);
  const ownsLabel = (e: NormElement) => (labelUses.get(e.seedLabel.toLowerCase()) ?? 0) === 1 || e.name.toLowerCase().includes(e.seedLabel.toLowerCase());
  const elementEntries = catalog.elements.flatMap((e) => [
    ...splitParenthesised(e.name).map((text) => ({ key: e.id, text, boost: 0.05 })),
    ...(ownsLabel(e) ? [{ key: e.id, text: e.seedLabel, boost: 0.05 }] : []),
    ...e.synonyms.map((text) => ({ key: e.id, text })),
  ]);
  const ggeEntries = catalog.ggeNorms.flatMap((n) => n.synonyms.map((text) => ({ key: n.id, text })));
  const elementWords = new Set(elementEntries.flatMap((e) => e.text.toLowerCase().split(/[^a-z0-9]+/)));
  return {
    elements: buildPhraseIndex(elementEntries),
    ggeNorms: buildPhraseIndex(ggeEntries),
    agreements: buildAgreementNameIndex(catalog.agreements, elementWords),
  };
}

/** "Critical infrastructure protection (CIP)" -> the whole, the part outside and the part inside brackets. */
export function splitParenthesised(name: string): string[] {
  const inner = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  const outer = name.replace(/\([^)]*\)/g, ' ');
  return [...new Set([name, outer, ...inner].map((s) => s.trim()).filter((s) => s !== ''))];
}
