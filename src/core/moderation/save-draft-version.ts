import type { Actor, Draft, DraftFields, DraftVersion } from './draft.js';
import { alreadyDecided, notFound, refuseChange } from './draft-state.js';
import type { ModerationRefusal, ModerationResult } from './moderation-port.js';
import type { ModerationDeps, ModerationTx } from './moderation-store.js';

export interface VersionPlan {
  fields: DraftFields;
  change: string;
  kind: NonNullable<DraftVersion['kind']>;
  message: string;
  /** on whose word the change is made, when not the actor's own (a contributor's correction) */
  source?: string;
  /** more writes of the same transaction once the version is saved; a throw rolls everything back */
  onSaved?: (tx: ModerationTx) => Promise<void>;
}

/**
 * The shared shape of edit and undo: in one transaction, check the draft may change, let `plan`
 * compute the new fields, and write them as the next version (compare-and-set on the version).
 */
export async function saveDraftVersion(
  deps: ModerationDeps,
  draftId: number,
  actor: Actor,
  plan: (draft: Draft, history: DraftVersion[]) => VersionPlan | ModerationRefusal,
): Promise<ModerationResult> {
  const now = deps.now();
  return deps.store.transaction(async (tx): Promise<ModerationResult> => {
    const draft = await tx.drafts.get(draftId);
    if (!draft) return notFound(draftId);
    const refusal = refuseChange(draft, actor, now);
    if (refusal) return refusal;
    const planned = plan(draft, await tx.drafts.history(draftId));
    if ('ok' in planned) return planned;
    const next: DraftVersion = { draftId, version: draft.version + 1, at: now.toISOString(), actor, fields: planned.fields, change: planned.change, kind: planned.kind, ...(planned.source ? { source: planned.source } : {}) };
    if (!(await tx.drafts.saveVersion(draftId, draft.version, next))) {
      const current = await tx.drafts.get(draftId);
      if (current && current.status !== 'pending') return alreadyDecided(current);
      return { ok: false, code: 'invalid', message: `Draft ${draftId} changed meanwhile; look at it again ("show ${draftId}") and retry.` };
    }
    await planned.onSaved?.(tx);
    return { ok: true, draft: (await tx.drafts.get(draftId)) ?? draft, message: planned.message };
  });
}
