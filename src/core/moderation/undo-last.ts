import type { Actor } from './draft.js';
import type { Moderation, ModerationResult } from './moderation-port.js';

/** "undo 3": takes back what was done last to the draft: its decision (while the window is open), else its last edit. */
export async function undoLast(moderation: Moderation, draftId: number, actor: Actor): Promise<ModerationResult> {
  const draft = await moderation.getDraft(draftId);
  return draft && draft.status !== 'pending' ? moderation.undoDecision(draftId, actor) : moderation.undoEdit(draftId, actor);
}
