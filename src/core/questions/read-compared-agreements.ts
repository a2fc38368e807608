import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { findAgreementSpans } from '../text/find-agreements.js';
import { normalizeText } from '../text/normalize-text.js';
import { NAMED_AGREEMENT_SCORE } from './read-question.js';

/**
 * The agreements a comparison names, one per part of the question between "and", "vs", "with",
 * commas...: "Compare the C(2015)115 and the UN GGE 2021" is the OECD text and the 2021 report, not
 * also the 2015 report whose words are spread over both parts. Empty when fewer than two parts name one.
 */
export function readComparedAgreements(question: string, catalog: CatalogSnapshot): Agreement[] {
  const picked = comparedInParts(question, catalog, []);
  return picked.length >= 2 ? picked : [];
}

/**
 * The catalog agreements a comparison names beside names the catalog lacks (`unknown`): "compare
 * the Malabo Convention with the Budapest Convention" is the Malabo Convention alone, since a part
 * naming an unknown text is not read as the catalog agreement closest to it.
 */
export function readKnownCompared(question: string, catalog: CatalogSnapshot, unknown: readonly string[]): Agreement[] {
  return comparedInParts(question, catalog, unknown.map(normalizeText));
}

function comparedInParts(question: string, catalog: CatalogSnapshot, skipped: readonly string[]): Agreement[] {
  const parts = question.slice(0, 2_000).split(/\s*(?:,|;|&|\band\b|\bvs\.?|\bversus\b|\bwith\b|\bagainst\b|\bto\b|\bfrom\b)\s*/i);
  const picked = new Map<number, Agreement>();
  for (const part of parts) {
    if (skipped.some((name) => normalizeText(part).includes(name))) continue;
    const best = findAgreementSpans(part, catalog, NAMED_AGREEMENT_SCORE)[0];
    if (best) picked.set(best.agreement.id, best.agreement);
  }
  return [...picked.values()];
}
