import type { Agreement } from '../catalog/agreement.js';
import { normalizeText } from '../text/normalize-text.js';
import { coverageFromDraft, redactDraftFields } from './agreement-from-draft.js';
import type { Draft } from './draft.js';
import { draftSourceRef } from './draft-provenance.js';

/**
 * An existing agreement with what the draft adds: its name as an alias, the contribution as a
 * facts source, new coverage links (unverified), and year/maintainer only where the catalog has
 * none. Nothing is removed or overwritten: the catalog's sourced facts win.
 */
export function mergeDraftIntoAgreement(agreement: Agreement, draft: Draft, at: string): Agreement {
  const fields = redactDraftFields(draft.fields);
  const known = new Set([agreement.name, ...agreement.aliases].map(normalizeText));
  const aliases = known.has(normalizeText(fields.name)) ? agreement.aliases : [...agreement.aliases, fields.name];
  const ref = draftSourceRef(draft);
  const factsSources = agreement.factsSources.includes(ref) ? agreement.factsSources : [...agreement.factsSources, ref];
  const covered = new Set(agreement.coverage.map((c) => c.element));
  const coverage = [...agreement.coverage, ...coverageFromDraft(draft, at).filter((c) => !covered.has(c.element))];
  return {
    ...agreement,
    aliases,
    factsSources,
    coverage,
    year: agreement.year ?? fields.launchYear,
    maintainer: agreement.maintainer || (fields.maintainer ?? ''),
  };
}
