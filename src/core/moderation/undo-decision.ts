import { catalogChange } from './decide-draft.js';
import type { Actor } from './draft.js';
import { notFound, undoableUntil, UNDO_WINDOW_MS } from './draft-state.js';
import type { ModerationResult } from './moderation-port.js';
import type { ModerationDeps, ModerationTx } from './moderation-store.js';
import type { DecisionRecord } from './draft-repository.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Takes back a decision made within UNDO_WINDOW_MS: the draft is pending again, the catalog change
 * is reverted (a new agreement removed, an updated one restored) and the held outcome mail
 * withdrawn. Nothing is erased: the catalog history and the decision record keep both steps.
 * Refused when the agreement changed since, so an undo never wipes someone else's work.
 */
export async function undoDecision(deps: ModerationDeps, draftId: number, actor: Actor): Promise<ModerationResult> {
  const now = deps.now();
  const at = now.toISOString();
  const result = await deps.store.transaction(async (tx): Promise<ModerationResult> => {
    const draft = await tx.drafts.get(draftId);
    if (!draft) return notFound(draftId);
    if (draft.status === 'pending') return { ok: false, code: 'invalid', message: `Draft ${draftId} is pending; there is no decision to undo ("undo ${draftId}" undoes its last edit).` };
    const decision = await tx.drafts.currentDecision(draftId);
    if (!decision || !undoableUntil(draft, now)) {
      return { ok: false, code: 'invalid', message: `The decision on draft ${draftId} is older than ${UNDO_WINDOW_MS / 60_000} minutes and can no longer be undone from chat; edit the catalog instead.`, };
    }
    const reverted = await revertCatalog(tx, decision, { ...catalogChange(actor, at, draft, `undo-${draft.status}`) });
    if (!reverted.ok) return { ok: false, code: 'invalid', message: `Draft ${draftId} cannot be undone: ${reverted.why}` };
    if (!(await tx.drafts.reopen(draftId, decision.id, { actor, at }))) return { ok: false, code: 'invalid', message: `Draft ${draftId} changed meanwhile; look at it again ("show ${draftId}").` };
    await tx.outbox.withdraw(`outcome:${draftId}`);
    const reopened = (await tx.drafts.get(draftId)) ?? draft;
    return { ok: true, draft: reopened, message: `Undid the ${draft.status === 'merged' ? 'merge' : draft.status === 'approved' ? 'approval' : 'rejection'} of draft ${draftId}${reverted.what}; it is pending again.` };
  });
  if (!result.ok) return result;
  await deps.onCatalogChanged?.();
  deps.events?.emit({ type: 'decided', subject: { kind: 'draft', id: draftId }, note: `Undone by ${actor.name}: ${result.message}` });
  return result;
}

async function revertCatalog(tx: ModerationTx, decision: DecisionRecord, change: Parameters<ModerationTx['catalog']['removeAgreement']>[1]): Promise<{ ok: true; what: string } | { ok: false; why: string }> {
  if (decision.agreementId === null || decision.agreementAfter === undefined || decision.agreementAfter === null) return { ok: true, what: '' };
  const current = await tx.catalog.getAgreement(decision.agreementId);
  if (!same(current, decision.agreementAfter)) return { ok: false, why: `agreement ${decision.agreementId} was changed after this decision; change the catalog by hand instead.` };
  if (!decision.agreementBefore) {
    await tx.catalog.removeAgreement(decision.agreementId, change);
    return { ok: true, what: ` (agreement ${decision.agreementId} "${decision.agreementAfter.name}" taken out of the catalog)` };
  }
  await tx.catalog.updateAgreement(decision.agreementBefore, change);
  return { ok: true, what: ` (agreement ${decision.agreementId} "${decision.agreementBefore.name}" restored as it was)` };
}
