import type { Agreement } from '../catalog/agreement.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { findAgreements } from '../text/find-agreements.js';

export type ResolveAgreementResult = { ok: true; agreement: Agreement } | { ok: false; message: string };

/** Scores this close to the best are too close to call: ask rather than merge into the wrong one. */
const AMBIGUITY_MARGIN = 0.05;

/** The agreement a moderator means by "12", "#12" or a (fuzzy) name, or why it is unclear. */
export function resolveAgreement(query: string, catalog: CatalogSnapshot): ResolveAgreementResult {
  const q = query.trim();
  const id = /^#?(\d{1,6})$/.exec(q);
  if (id) {
    const agreement = catalog.agreementById.get(Number(id[1]));
    return agreement ? { ok: true, agreement } : { ok: false, message: `There is no agreement ${id[1]} in the catalog.` };
  }
  const matches = findAgreements(q, catalog);
  const [best, second] = matches;
  if (!best) return { ok: false, message: `No agreement in the catalog matches "${q}"; give its id or a longer part of its name.` };
  if (second && best.score - second.score < AMBIGUITY_MARGIN) {
    const options = matches.slice(0, 4).map((m) => `${m.agreement.id} ${m.agreement.name}`).join('; ');
    return { ok: false, message: `"${q}" could be several agreements: ${options}. Give the id.` };
  }
  return { ok: true, agreement: best.agreement };
}
