import type { Evidence } from './reply.js';

/**
 * Evidence as one line of plain text, the same on every platform: the source's own words as a
 * quotation (“…”), anything else (a paraphrase, a remark) as a note. Renderers escape the result.
 */
export function formatEvidence(e: Pick<Evidence, 'quote' | 'kind' | 'locator'>): string {
  const at = e.locator ? `${e.locator}: ` : '';
  return e.kind === 'verbatim' ? `${at}\u201c${e.quote}\u201d` : `Note: ${at}${e.quote}`;
}
