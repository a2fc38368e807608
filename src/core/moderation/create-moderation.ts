import { acceptProposedEdit } from './accept-proposed-edit.js';
import { approveDraft } from './approve-draft.js';
import { claimDraft, releaseDraft } from './claim-draft.js';
import { confirmCoverage } from './confirm-coverage.js';
import { declineProposedEdit } from './decline-proposed-edit.js';
import { editDraft } from './edit-draft.js';
import { listDrafts } from './list-drafts.js';
import { mergeDraft } from './merge-draft.js';
import type { Moderation } from './moderation-port.js';
import type { ModerationDeps } from './moderation-store.js';
import { rejectDraft } from './reject-draft.js';
import { undoEdit } from './undo-edit.js';

/** The Moderation port, assembled from one use case per verb over the given store and clock. */
export function createModeration(deps: ModerationDeps): Moderation {
  return {
    listDrafts: (filter) => listDrafts(deps, filter),
    getDraft: (draftId) => deps.store.drafts.get(draftId),
    history: (draftId) => deps.store.drafts.history(draftId),
    claim: (draftId, actor) => claimDraft(deps, draftId, actor),
    release: (draftId, actor, options) => releaseDraft(deps, draftId, actor, options),
    edit: (draftId, actor, patch) => editDraft(deps, draftId, actor, patch),
    undoEdit: (draftId, actor) => undoEdit(deps, draftId, actor),
    approve: (draftId, actor) => approveDraft(deps, draftId, actor),
    reject: (draftId, actor, reason) => rejectDraft(deps, draftId, actor, reason),
    merge: (draftId, actor, agreementId) => mergeDraft(deps, draftId, actor, agreementId),
    acceptProposedEdit: (draftId, actor) => acceptProposedEdit(deps, draftId, actor),
    declineProposedEdit: (draftId, actor, reason) => declineProposedEdit(deps, draftId, actor, reason),
    confirmCoverage: (agreementId, elementId, actor, source) => confirmCoverage(deps, agreementId, elementId, actor, source),
  };
}
