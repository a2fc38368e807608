import type { Agreement } from '../catalog/agreement.js';
import { takeCatalogChange, type CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { NormElement } from '../taxonomy/norm-element.js';
import type { AgreementNameIndex } from './agreement-name-index.js';
import { buildAgreementNameIndex } from './build-agreement-name-index.js';
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.js';

/** Everything matching needs for one snapshot. */
export interface CatalogTextIndex {
  readonly elements: PhraseIndex;
  readonly ggeNorms: PhraseIndex;
  readonly agreements: AgreementNameIndex;
}

const cache = new WeakMap<CatalogSnapshot, CatalogTextIndex>();

/**
 * The text index of a snapshot, built once. A snapshot derived from another by
 * updateCatalogSnapshot takes over that snapshot's index and updates it in place, for the
 * agreements that changed only: the older snapshot, which callers rarely ask again, builds a new
 * one if it is asked.
 */
export function getCatalogTextIndex(catalog: CatalogSnapshot): CatalogTextIndex {
  let index = cache.get(catalog);
  if (!index) {
    index = carryOver(catalog) ?? buildCatalogTextIndex(catalog);
    cache.set(catalog, index);
  }
  return index;
}

/**
 * Uses a text index kept from an earlier run (unpackCatalogTextIndex) for this snapshot, which
 * must hold the same catalog: a one-shot command starts without tokenising 10,000 names.
 */
export function adoptCatalogTextIndex(catalog: CatalogSnapshot, index: CatalogTextIndex): void {
  cache.set(catalog, index);
}

function carryOver(catalog: CatalogSnapshot): CatalogTextIndex | undefined {
  const change = takeCatalogChange(catalog);
  const previous = change && cache.get(change.base);
  if (!change || !previous || change.base.elements !== catalog.elements || change.base.ggeNorms !== catalog.ggeNorms) return undefined;
  cache.delete(change.base);
  // an agreement read again, or whose coverage changed, keeps its names: only renamed ones are indexed again
  const renamed = change.upserted.filter((a) => !sameNames(a, change.base.agreementById.get(a.id)));
  previous.agreements.update({ upserted: renamed, removedIds: change.removedIds, count: catalog.agreements.length });
  return previous;
}

function sameNames(a: Agreement, before: Agreement | undefined): boolean {
  return before !== undefined && before.name === a.name && before.aliases.length === a.aliases.length && before.aliases.every((x, i) => x === a.aliases[i]);
}

function buildCatalogTextIndex(catalog: CatalogSnapshot): CatalogTextIndex {
  return { ...buildPhraseIndexes(catalog), agreements: buildAgreementNameIndex(catalog.agreements, elementWordsOf(elementPhrases(catalog.elements))) };
}

function buildPhraseIndexes(catalog: CatalogSnapshot): Omit<CatalogTextIndex, 'agreements'> {
  return {
    elements: buildPhraseIndex(elementPhrases(catalog.elements)),
    ggeNorms: buildPhraseIndex(catalog.ggeNorms.flatMap((n) => n.synonyms.map((text) => ({ key: n.id, text })))),
  };
}

/** The words of the elements' names, labels and synonyms: never decisive for an agreement name. */
export function elementWordsOf(phrases: ReadonlyArray<{ text: string }>): Set<string> {
  return new Set(phrases.flatMap((e) => e.text.toLowerCase().split(/[^a-z0-9]+/)));
}

/** Each element's names, its label and its synonyms, as phrases to look for. */
export function elementPhrases(elements: readonly NormElement[]): Array<{ key: string; text: string; boost?: number }> {
  // the seed labels two elements "CIP" (2.1 and 5.6); a shared label names only the element whose
  // own name carries it, "Critical infrastructure protection (CIP)"
  const labelUses = new Map<string, number>();
  for (const e of elements) labelUses.set(e.seedLabel.toLowerCase(), (labelUses.get(e.seedLabel.toLowerCase()) ?? 0) + 1);
  const ownsLabel = (e: NormElement) => (labelUses.get(e.seedLabel.toLowerCase()) ?? 0) === 1 || e.name.toLowerCase().includes(e.seedLabel.toLowerCase());
  return elements.flatMap((e) => [
    ...splitParenthesised(e.name).map((text) => ({ key: e.id, text, boost: 0.05 })),
    ...(ownsLabel(e) ? [{ key: e.id, text: e.seedLabel, boost: 0.05 }] : []),
    ...e.synonyms.map((text) => ({ key: e.id, text })),
  ]);
}

/** "Critical infrastructure protection (CIP)" -> the whole, the part outside and the part inside brackets. */
export function splitParenthesised(name: string): string[] {
  const inner = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  const outer = name.replace(/\([^)]*\)/g, ' ');
  return [...new Set([name, outer, ...inner].map((s) => s.trim()).filter((s) => s !== ''))];
}
