import { agreementFromDraft } from './agreement-from-draft.js';
import { catalogChange, decideDraft } from './decide-draft.js';
import type { Actor } from './draft.js';
import { dropUnknownElements } from './drop-unknown-elements.js';
import type { ModerationResult } from './moderation-port.js';
import type { ModerationDeps } from './moderation-store.js';

/** Adds the draft to the catalog as a new agreement, citing the contribution, and decides it. */
export function approveDraft(deps: ModerationDeps, draftId: number, actor: Actor): Promise<ModerationResult> {
  return decideDraft(deps, draftId, actor, async (draft, tx, at) => {
    const agreement = await tx.catalog.addAgreement(agreementFromDraft(await dropUnknownElements(draft, tx.catalog), at), catalogChange(actor, at, draft, 'approve-draft'));
    return {
      decision: { status: 'approved', reason: null, agreementId: agreement.id },
      message: `Approved draft ${draft.id}: "${agreement.name}" is now agreement ${agreement.id} in the catalog (${agreement.coverage.length} unverified norm-element link${agreement.coverage.length === 1 ? '' : 's'}).`,
      agreementName: agreement.name,
    };
  });
}
