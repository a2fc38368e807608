import { buildOutcomeMail } from './build-outcome-mail.js';
import type { CatalogChange } from './catalog-writer.js';
import { decisionNote } from './decision-note.js';
import type { Actor, Draft } from './draft.js';
import { draftSourceRef } from './draft-provenance.js';
import type { DraftDecision } from './draft-repository.js';
import { alreadyDecided, notFound, refuseChange, UNDO_WINDOW_MS } from './draft-state.js';
import type { ModerationRefusal, ModerationResult } from './moderation-port.js';
import type { ModerationDeps, ModerationTx } from './moderation-store.js';

/** Thrown inside the transaction to roll back the catalog write when the compare-and-set lost. */
class DecisionRaceLost extends Error {
  readonly code = 'DECISION_RACE_LOST';
}

export interface DecisionPlan {
  decision: Omit<DraftDecision, 'actor' | 'at'>;
  /** shown to the moderator: "Approved draft 3 as agreement 39 (X)." */
  message: string;
  /** the catalog agreement's name, for the contributor's mail */
  agreementName: string | null;
}

export function catalogChange(actor: Actor, at: string, draft: Draft, action: string): CatalogChange {
  return { actor: `${actor.platform}:${actor.id}`, at, source: draftSourceRef(draft), action };
}

/**
 * The shared shape of approve, reject and merge: in one transaction, check the draft may be
 * decided, let `plan` write the catalog, then decide by compare-and-set and queue the outcome
 * mail, held for the undo window. Two moderators deciding at once: exactly one wins, the other is
 * told who did. The cards are told after the commit.
 */
export async function decideDraft(
  deps: ModerationDeps,
  draftId: number,
  actor: Actor,
  plan: (draft: Draft, tx: ModerationTx, at: string) => Promise<DecisionPlan | ModerationRefusal>,
): Promise<ModerationResult> {
  const now = deps.now();
  const at = now.toISOString();
  let result: ModerationResult;
  try {
    result = await deps.store.transaction(async (tx): Promise<ModerationResult> => {
      const draft = await tx.drafts.get(draftId);
      if (!draft) return notFound(draftId);
      const refusal = refuseChange(draft, actor, now);
      if (refusal) return refusal;
      const planned = await plan(draft, tx, at);
      if ('ok' in planned) return planned;
      if (!(await tx.drafts.decide(draftId, { ...planned.decision, actor, at }))) throw new DecisionRaceLost();
      const decided = (await tx.drafts.get(draftId)) ?? draft;
      const mail = buildOutcomeMail(decided, await tx.drafts.contributorContact(draftId), planned.agreementName);
      if (mail) await tx.outbox.enqueue(mail, { holdUntil: new Date(now.getTime() + UNDO_WINDOW_MS).toISOString() });
      return { ok: true, draft: decided, message: planned.message };
    });
  } catch (error) {
    if (!(error instanceof DecisionRaceLost)) throw error;
    const winner = await deps.store.drafts.get(draftId);
    return winner ? alreadyDecided(winner) : notFound(draftId);
  }
  if (!result.ok) return result;
  if (result.draft.agreementId !== null && result.draft.status !== 'rejected') await deps.onCatalogChanged?.();
  deps.events?.emit({ type: 'decided', subject: { kind: 'draft', id: draftId }, note: decisionNote(result.draft, result.message) });
  return result;
}
