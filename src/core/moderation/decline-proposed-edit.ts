import { noCorrection } from './accept-proposed-edit.js';
import { describeFieldChanges } from './describe-field-changes.js';
import type { Actor } from './draft.js';
import { notFound } from './draft-state.js';
import type { ModerationResult } from './moderation-port.js';
import type { ModerationDeps } from './moderation-store.js';
import { MAX_REASON_LENGTH } from './reject-draft.js';

/** Closes the contributor's correction without changing the draft; who declined it, when and why are kept. */
export async function declineProposedEdit(deps: ModerationDeps, draftId: number, actor: Actor, reason: string | null = null): Promise<ModerationResult> {
  const why = reason?.trim() || null;
  if (why && why.length > MAX_REASON_LENGTH) return { ok: false, code: 'invalid', message: `The reason is ${why.length} characters; keep it under ${MAX_REASON_LENGTH}.` };
  const at = deps.now().toISOString();
  const result = await deps.store.transaction(async (tx): Promise<ModerationResult> => {
    const draft = await tx.drafts.get(draftId);
    if (!draft) return notFound(draftId);
    const edit = await tx.proposedEdits.openFor(draftId);
    if (!edit || !(await tx.proposedEdits.decide(edit.id, { status: 'declined', actor, at, reason: why }))) return noCorrection(draftId);
    const change = describeFieldChanges(draft.fields, { ...draft.fields, ...edit.patch });
    return { ok: true, draft: (await tx.drafts.get(draftId)) ?? draft, message: `Declined the contributor's correction of draft ${draftId} (${change})${why ? `: ${why}` : ''}; the draft is unchanged.` };
  });
  if (result.ok) deps.events?.emit({ type: 'changed', subject: { kind: 'draft', id: draftId } });
  return result;
}
