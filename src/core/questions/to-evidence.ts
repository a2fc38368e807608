import { evidenceKindOf, type Coverage } from '../catalog/agreement.js';
import type { Evidence } from '../reply/reply.js';

/** Evidence quotes are cut to this length so long answers stay readable; the source has the rest. */
export const MAX_QUOTE_CHARS = 180;

export function toEvidence(coverage: Coverage, maxChars = MAX_QUOTE_CHARS): Evidence {
  const quote = coverage.evidence.length > maxChars ? `${coverage.evidence.slice(0, maxChars - 1).trimEnd()}…` : coverage.evidence;
  return { quote, source: coverage.source, status: coverage.status, kind: evidenceKindOf(coverage), ...(coverage.locator ? { locator: coverage.locator } : {}) };
}
