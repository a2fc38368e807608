import { evidenceKindOf, type Coverage } from '../../core/catalog/agreement.js';
import type { CoverageLink } from './catalog-entities.js';

/**
 * The coverage table holds one link per (agreement, element), but a write may bring two quotes
 * for one element (a merged draft citing another clause). Keep both quotes in one link; it counts
 * as sourced only when every quote was. (data/ itself is checked to have one link per element.)
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
    const same = seen.evidence === link.evidence;
    const { locator: _, ...rest } = seen;
    byElement.set(link.element, {
      // two pieces of evidence in one are no longer one quotation: a note that quotes each
      ...(same ? seen : { ...rest, evidenceKind: 'note' as const }),
      evidence: same ? seen.evidence : `${asNoteText(seen)} / ${asNoteText(link)}`,
      source: sources.join(' '),
      status: seen.status === 'sourced' && link.status === 'sourced' ? 'sourced' : 'unverified',
    });
  }
  return [...byElement.values()];
}

/** Verbatim words keep their quote marks (and place) inside a note. */
function asNoteText(c: Coverage): string {
  return evidenceKindOf(c) === 'verbatim' ? `${c.locator ? `${c.locator}: ` : ''}"${c.evidence}"` : c.evidence;
}
