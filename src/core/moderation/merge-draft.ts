import { catalogChange, decideDraft } from './decide-draft.js';
import type { Actor } from './draft.js';
import { dropUnknownElements } from './drop-unknown-elements.js';
import { refuseUnnamed } from './draft-state.js';
import { mergeDraftIntoAgreement } from './merge-draft-into-agreement.js';
import type { ModerationResult } from './moderation-port.js';
import type { ModerationDeps } from './moderation-store.js';

/** Folds the draft into an existing agreement (additions only) and decides it as merged. */
export function mergeDraft(deps: ModerationDeps, draftId: number, actor: Actor, agreementId: number): Promise<ModerationResult> {
  return decideDraft(deps, draftId, actor, async (draft, tx, at) => {
    // the placeholder name would become an alias of the agreement
    const unnamed = refuseUnnamed(draft);
    if (unnamed) return unnamed;
    const target = await tx.catalog.getAgreement(agreementId);
    if (!target) return { ok: false, code: 'invalid', message: `There is no agreement ${agreementId} in the catalog; "merge ${draftId} <name>" finds it by name.` };
    const merged = mergeDraftIntoAgreement(target, await dropUnknownElements(draft, tx.catalog), at);
    const saved = await tx.catalog.updateAgreement(merged, catalogChange(actor, at, draft, 'merge-draft'));
    const added = saved.coverage.length - target.coverage.length;
    return {
      decision: { status: 'merged', reason: null, agreementId: saved.id, agreementBefore: target, agreementAfter: saved },
      message: `Merged draft ${draft.id} into agreement ${saved.id} "${saved.name}" (${added} new unverified norm-element link${added === 1 ? '' : 's'}).`,
      agreementName: saved.name,
    };
  });
}
