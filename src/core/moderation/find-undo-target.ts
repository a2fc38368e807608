import type { DraftVersion } from './draft.js';

/**
 * The version an undo restores, or null when there is nothing left to undo. Undo versions pop the
 * edit they undid, so repeated undos walk back through the edits instead of toggling between two.
 */
export function findUndoTarget(versions: readonly DraftVersion[]): DraftVersion | null {
  const stack: DraftVersion[] = [];
  for (const v of [...versions].sort((a, b) => a.version - b.version)) {
    if (v.kind === 'undo') {
      stack.pop();
      stack.pop();
      stack.push(v);
    } else {
      stack.push(v);
    }
  }
  return stack.length >= 2 ? (stack[stack.length - 2] ?? null) : null;
}
