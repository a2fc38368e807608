import type { CoverageLink } from './catalog-entities.js';

/**
 * The coverage table holds one link per (agreement, element), but a data file may quote two
 * passages for one element (MANRS 6.1, GCSC 3.2 in the shipped data). Keep both quotes in one
 * link; it counts as sourced only when every quote was.
 */
export function mergeCoverageLinks(links: readonly CoverageLink[]): CoverageLink[] {
  const byElement = new Map<string, CoverageLink>();
  for (const link of links) {
    const seen = byElement.get(link.element);
    if (!seen) {
      byElement.set(link.element, { ...link });
      continue;
    }
    const sources = [...new Set([...seen.source.split(' '), ...link.source.split(' ')].filter(Boolean))];
    byElement.set(link.element, {
      ...seen,
      evidence: seen.evidence === link.evidence ? seen.evidence : `${seen.evidence} / ${link.evidence}`,
      source: sources.join(' '),
      status: seen.status === 'sourced' && link.status === 'sourced' ? 'sourced' : 'unverified',
    });
  }
  return [...byElement.values()];
}
