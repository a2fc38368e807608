import type { Actor } from './draft.js';
import type { CoverageResult } from './moderation-port.js';
import type { ModerationDeps } from './moderation-store.js';

/**
 * A moderator vouches for an unverified coverage link: it becomes sourced, with the moderator as
 * provenance and, when given, the address where they read the evidence.
 */
export async function confirmCoverage(deps: ModerationDeps, agreementId: number, elementId: string, actor: Actor, source?: string): Promise<CoverageResult> {
  const at = deps.now().toISOString();
  const result = await deps.store.transaction(async (tx): Promise<CoverageResult> => {
    const agreement = await tx.catalog.getAgreement(agreementId);
    if (!agreement) return { ok: false, code: 'not-found', message: `There is no agreement ${agreementId} in the catalog.` };
    const link = agreement.coverage.find((c) => c.element === elementId);
    if (!link) return { ok: false, code: 'invalid', message: `Agreement ${agreementId} has no link to element ${elementId}; nothing to confirm.` };
    if (link.status === 'sourced') return { ok: false, code: 'invalid', message: `The link from agreement ${agreementId} to ${elementId} is already sourced.` };
    const confirmed = { ...link, status: 'sourced' as const, source: source?.trim() || link.source, provenance: { kind: 'moderator' as const, ref: `${actor.platform}:${actor.id}`, at } };
    const saved = await tx.catalog.updateAgreement(
      { ...agreement, coverage: agreement.coverage.map((c) => (c.element === elementId ? confirmed : c)) },
      { actor: `${actor.platform}:${actor.id}`, at, source: confirmed.source || `moderator ${actor.name}`, action: 'confirm-coverage' },
    );
    return { ok: true, agreement: saved, message: `Confirmed: ${saved.name} covers ${elementId} (confirmed by ${actor.name}).` };
  });
  if (result.ok) await deps.onCatalogChanged?.();
  return result;
}
