import { describeFieldChanges } from './describe-field-changes.js';
import type { Actor } from './draft.js';
import { findUndoTarget } from './find-undo-target.js';
import type { ModerationResult } from './moderation-port.js';
import type { ModerationDeps } from './moderation-store.js';
import { saveDraftVersion } from './save-draft-version.js';

/** Restores the fields before the last edit, as a new version: history is never rewritten. */
export function undoEdit(deps: ModerationDeps, draftId: number, actor: Actor): Promise<ModerationResult> {
  return saveDraftVersion(deps, draftId, actor, (draft, history) => {
    const target = findUndoTarget(history);
    if (!target) return { ok: false, code: 'invalid', message: `Draft ${draftId} has no edit to undo.` };
    const change = `undo: back to version ${target.version} (${describeFieldChanges(draft.fields, target.fields)})`;
    return { fields: target.fields, change, kind: 'undo', message: `Undid the last edit of draft ${draftId}: ${change}` };
  });
}
