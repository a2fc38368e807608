import { dismissUnsorted, draftFromUnsorted } from '../unsorted/resolve-unsorted.js';
import { acceptProposedEdit } from './accept-proposed-edit.js';
import { approveDraft } from './approve-draft.js';
import { claimDraft, releaseDraft } from './claim-draft.js';
import { confirmCoverage } from './confirm-coverage.js';
import { declineProposedEdit } from './decline-proposed-edit.js';
import { refuseForm } from './draft-state.js';
import { editDraft } from './edit-draft.js';
import { listDrafts } from './list-drafts.js';
import { mergeDraft } from './merge-draft.js';
import type { Moderation, ModerationResult } from './moderation-port.js';
import type { ModerationDeps } from './moderation-store.js';
import { readDraftHistory } from './read-draft-history.js';
import { rejectDraft } from './reject-draft.js';
import { undoDecision } from './undo-decision.js';
import { undoEdit } from './undo-edit.js';

/** The Moderation port, assembled from one use case per verb over the given store and clock. */
export function createModeration(deps: ModerationDeps): Moderation {
  return {
    listDrafts: (filter) => listDrafts(deps, filter),
    getDraft: (draftId) => deps.store.drafts.get(draftId),
    history: (draftId) => deps.store.drafts.history(draftId),
    timeline: (draftId) => readDraftHistory(deps.store.drafts, draftId),
    async openForm(draftId, actor): Promise<ModerationResult> {
      const draft = await deps.store.drafts.get(draftId);
      return refuseForm(draft, draftId, actor, deps.now()) ?? { ok: true, draft: draft!, message: `Draft ${draftId} may be changed.` };
    },
    claim: (draftId, actor) => claimDraft(deps, draftId, actor),
    release: (draftId, actor, options) => releaseDraft(deps, draftId, actor, options),
    edit: (draftId, actor, patch, options) => editDraft(deps, draftId, actor, patch, options),
    undoEdit: (draftId, actor) => undoEdit(deps, draftId, actor),
    approve: (draftId, actor) => approveDraft(deps, draftId, actor),
    reject: (draftId, actor, reason) => rejectDraft(deps, draftId, actor, reason),
    merge: (draftId, actor, agreementId) => mergeDraft(deps, draftId, actor, agreementId),
    undoDecision: (draftId, actor) => undoDecision(deps, draftId, actor),
    acceptProposedEdit: (draftId, actor) => acceptProposedEdit(deps, draftId, actor),
    declineProposedEdit: (draftId, actor, reason) => declineProposedEdit(deps, draftId, actor, reason),
    confirmCoverage: (agreementId, elementId, actor, source) => confirmCoverage(deps, agreementId, elementId, actor, source),
    listUnsorted: (filter = { status: 'open' }) => deps.store.unsorted.list(filter),
    getUnsorted: (itemId) => deps.store.unsorted.get(itemId),
    draftFromUnsorted: (itemId, actor) => draftFromUnsorted(deps, itemId, actor),
    dismissUnsorted: (itemId, actor, reason) => dismissUnsorted(deps, itemId, actor, reason),
  };
}
