import type { Actor } from './draft.js';
import { activeClaim, alreadyDecided, formatUtc, isSameActor, notFound, refuseChange } from './draft-state.js';
import type { ModerationResult } from './moderation-port.js';
import type { ModerationDeps } from './moderation-store.js';

/** Takes a pending draft so other moderators are told who is on it; re-claiming renews it. */
export async function claimDraft(deps: ModerationDeps, draftId: number, actor: Actor): Promise<ModerationResult> {
  const now = deps.now();
  return announce(deps, draftId, await deps.store.transaction(async (tx): Promise<ModerationResult> => {
    const draft = await tx.drafts.get(draftId);
    if (!draft) return notFound(draftId);
    const refusal = refuseChange(draft, actor, now);
    if (refusal) return refusal;
    if (!(await tx.drafts.setClaim(draftId, { actor, at: now.toISOString() }))) return alreadyDecided((await tx.drafts.get(draftId)) ?? draft);
    const claimed = (await tx.drafts.get(draftId)) ?? draft;
    const until = activeClaim(claimed, now)?.until.toISOString() ?? now.toISOString();
    return { ok: true, draft: claimed, message: `Draft ${draftId} is yours until ${formatUtc(until)}; others are told you are on it.` };
  }));
}

/** Gives a claim back: the holder may, anyone else only with an explicit override. */
export async function releaseDraft(deps: ModerationDeps, draftId: number, actor: Actor, options: { override?: boolean } = {}): Promise<ModerationResult> {
  const now = deps.now();
  return announce(deps, draftId, await deps.store.transaction(async (tx): Promise<ModerationResult> => {
    const draft = await tx.drafts.get(draftId);
    if (!draft) return notFound(draftId);
    if (draft.status !== 'pending') return alreadyDecided(draft);
    const claim = activeClaim(draft, now);
    if (!claim) return { ok: false, code: 'invalid', message: `Draft ${draftId} is not claimed by anyone.` };
    if (!isSameActor(claim.actor, actor) && !options.override) {
      return { ok: false, code: 'claimed-by-other', message: `Draft ${draftId} is held by ${claim.actor.name}; only they can release it, or use "release ${draftId} override".`, draft };
    }
    await tx.drafts.setClaim(draftId, null);
    const released = (await tx.drafts.get(draftId)) ?? draft;
    const from = isSameActor(claim.actor, actor) ? '' : ` (taken from ${claim.actor.name})`;
    return { ok: true, draft: released, message: `Draft ${draftId} is free again${from}.` };
  }));
}

/** Claims show on the card: tell it once the change is committed. */
function announce(deps: ModerationDeps, draftId: number, result: ModerationResult): ModerationResult {
  if (result.ok) deps.events?.emit({ type: 'changed', subject: { kind: 'draft', id: draftId } });
  return result;
}
