import type { Agreement } from '../catalog/agreement.js';
import { agreementFromDraft } from './agreement-from-draft.js';
import { catalogChange, decideDraft } from './decide-draft.js';
import type { Actor, Draft } from './draft.js';
import { dropUnknownElements } from './drop-unknown-elements.js';
import { refuseUnnamed } from './draft-state.js';
import { mergeDraftIntoAgreement } from './merge-draft-into-agreement.js';
import type { ModerationResult } from './moderation-port.js';
import type { ModerationDeps, ModerationTx } from './moderation-store.js';

/** At or above this, the draft names a catalog agreement outright (its name or an alias). */
export const NAMES_CATALOG_AGREEMENT = 0.95;

/**
 * Approves a draft into the catalog, citing the contribution: a draft that names an agreement
 * already in the catalog updates that agreement (additions only, as a merge does) rather than
 * adding a second copy that would inflate every count; any other draft becomes a new agreement.
 */
export function approveDraft(deps: ModerationDeps, draftId: number, actor: Actor): Promise<ModerationResult> {
  return decideDraft(deps, draftId, actor, async (draft, tx, at) => {
    const unnamed = refuseUnnamed(draft);
    if (unnamed) return unnamed;
    const clean = await dropUnknownElements(draft, tx.catalog);
    const named = await namedAgreement(draft, tx);
    if (named) {
      const saved = await tx.catalog.updateAgreement(mergeDraftIntoAgreement(named, clean, at), catalogChange(actor, at, draft, 'approve-draft'));
      const added = saved.coverage.length - named.coverage.length;
      return {
        decision: { status: 'approved', reason: null, agreementId: saved.id, agreementBefore: named, agreementAfter: saved },
        message: `Approved draft ${draft.id} as an update of agreement ${saved.id} "${saved.name}", which it names (${links(added)} added).`,
        agreementName: saved.name,
      };
    }
    const inserted = await tx.catalog.addAgreement(agreementFromDraft(clean, at), catalogChange(actor, at, draft, 'approve-draft'));
    // read back as stored, so an undo can tell whether anyone changed it since
    const agreement = (await tx.catalog.getAgreement(inserted.id)) ?? inserted;
    return {
      decision: { status: 'approved', reason: null, agreementId: agreement.id, agreementBefore: null, agreementAfter: agreement },
      message: `Approved draft ${draft.id}: "${agreement.name}" is now agreement ${agreement.id} in the catalog (${links(agreement.coverage.length)}).`,
      agreementName: agreement.name,
    };
  });
}

async function namedAgreement(draft: Draft, tx: ModerationTx): Promise<Agreement | null> {
  const match = draft.catalogMatch;
  return match && match.score >= NAMES_CATALOG_AGREEMENT ? tx.catalog.getAgreement(match.agreementId) : null;
}

function links(n: number): string {
  return `${n} unverified norm-element link${n === 1 ? '' : 's'}`;
}
