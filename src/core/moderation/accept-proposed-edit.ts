import { describeFieldChanges } from './describe-field-changes.js';
import { DraftFieldsSchema, type Actor, type ProposedEdit } from './draft.js';
import { notFound } from './draft-state.js';
import type { ModerationResult } from './moderation-port.js';
import type { ModerationDeps } from './moderation-store.js';
import { saveDraftVersion } from './save-draft-version.js';

/** Thrown inside the transaction to roll the version back when another moderator decided the correction first. */
class CorrectionRaceLost extends Error {
  readonly code = 'CORRECTION_RACE_LOST';
}

/** "contributor: contribution 7, replies 3, 5": the source of a version made on the contributor's word. */
export function contributorSource(contributionId: number, edit: Pick<ProposedEdit, 'replyIds'>): string {
  return `contributor: contribution ${contributionId}, ${edit.replyIds.length === 1 ? 'reply' : 'replies'} ${edit.replyIds.join(', ')}`;
}

export function noCorrection(draftId: number): ModerationResult {
  return { ok: false, code: 'invalid', message: `Draft ${draftId} has no correction from the contributor waiting; "show ${draftId}" shows the draft and its replies.` };
}

/**
 * Applies the contributor's correction to a pending draft as its next version, the moderator as
 * the actor and the contributor's replies as the source, and closes the correction, in one
 * transaction: two moderators clicking at once apply it once.
 */
export async function acceptProposedEdit(deps: ModerationDeps, draftId: number, actor: Actor): Promise<ModerationResult> {
  const edit = await deps.store.proposedEdits.openFor(draftId);
  if (!edit) return (await deps.store.drafts.get(draftId)) ? noCorrection(draftId) : notFound(draftId);
  const decision = { status: 'accepted' as const, actor, at: deps.now().toISOString(), reason: null };
  try {
    return await saveDraftVersion(deps, draftId, actor, (draft) => {
      const fields = DraftFieldsSchema.safeParse({ ...draft.fields, ...edit.patch });
      if (!fields.success) return { ok: false, code: 'invalid', message: `The contributor's correction of draft ${draftId} does not make a valid draft; decline it and edit the draft by hand.` };
      const change = describeFieldChanges(draft.fields, fields.data);
      return {
        fields: fields.data,
        change: `the contributor's correction, accepted: ${change}`,
        kind: 'edit',
        source: contributorSource(draft.contributionId, edit),
        message: `Accepted the contributor's correction of draft ${draftId} (version ${draft.version + 1}): ${change}`,
        onSaved: async (tx) => {
          if (!(await tx.proposedEdits.decide(edit.id, decision))) throw new CorrectionRaceLost();
        },
      };
    });
  } catch (error) {
    if (!(error instanceof CorrectionRaceLost)) throw error;
    return { ok: false, code: 'invalid', message: `The contributor's correction of draft ${draftId} was decided by someone else meanwhile; "show ${draftId}" shows it.` };
  }
}
