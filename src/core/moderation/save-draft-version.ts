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
 * Why a form filled from an older version is not saved, naming who edited the draft since, so
 * the moderator can talk to them before editing again.
 */
export function describeStaleForm(draft: Draft, seenVersion: number, history: readonly DraftVersion[]): string {
  const names = [...new Set(history.filter((v) => v.version > seenVersion).map((v) => v.actor.name))];
  const who = names.length > 0 ? names.join(', ') : 'another moderator';
  return `Draft ${draft.id} was edited by ${who} while this form was open (the form shows version ${seenVersion}, the draft is at version ${draft.version}). Nothing was saved; open the form again to see the current fields.`;
}

/**
 * The shared shape of edit and undo: in one transaction, check the draft may change (and, for a
 * form, that it is still the version the form was filled from), let `plan` compute the new fields,
 * and write them as the next version (compare-and-set on the version).
 */
export async function saveDraftVersion(
  deps: ModerationDeps,
  draftId: number,
  actor: Actor,
  plan: (draft: Draft, history: DraftVersion[]) => VersionPlan | ModerationRefusal,
  fromVersion?: number,
): Promise<ModerationResult> {
  const now = deps.now();
  const result = await deps.store.transaction(async (tx): Promise<ModerationResult> => {
    const draft = await tx.drafts.get(draftId);
    if (!draft) return notFound(draftId);
    const refusal = refuseChange(draft, actor, now);
    if (refusal) return refusal;
    const history = await tx.drafts.history(draftId);
    if (fromVersion !== undefined && fromVersion !== draft.version) return { ok: false, code: 'stale', message: describeStaleForm(draft, fromVersion, history), draft };
    const planned = plan(draft, history);
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
  if (result.ok) deps.events?.emit({ type: 'changed', subject: { kind: 'draft', id: draftId } });
  return result;
}
