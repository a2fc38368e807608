import { z } from 'zod';
import { describeFieldChanges } from './describe-field-changes.js';
import { DraftFieldsSchema, type Actor, type DraftFields } from './draft.js';
import type { EditOptions, ModerationResult } from './moderation-port.js';
import type { ModerationDeps } from './moderation-store.js';
import { saveDraftVersion } from './save-draft-version.js';

const PatchSchema = DraftFieldsSchema.partial().strict();

/** Changes fields of a pending draft; every edit is a new version saying who changed what. */
export async function editDraft(deps: ModerationDeps, draftId: number, actor: Actor, patch: Partial<DraftFields>, options: EditOptions = {}): Promise<ModerationResult> {
  const parsedPatch = PatchSchema.safeParse(patch);
  if (!parsedPatch.success) return { ok: false, code: 'invalid', message: `That edit is not valid: ${z.prettifyError(parsedPatch.error)}` };
  return saveDraftVersion(deps, draftId, actor, (draft) => {
    const next = DraftFieldsSchema.safeParse({ ...draft.fields, ...parsedPatch.data });
    if (!next.success) return { ok: false, code: 'invalid', message: `That edit is not valid: ${z.prettifyError(next.error)}` };
    const change = describeFieldChanges(draft.fields, next.data);
    if (change === 'no change') return { ok: false, code: 'invalid', message: `Draft ${draftId} already has those values; nothing changed.` };
    return { fields: next.data, change, kind: 'edit', message: `Edited draft ${draftId} (version ${draft.version + 1}): ${change}` };
  }, options.fromVersion);
}
