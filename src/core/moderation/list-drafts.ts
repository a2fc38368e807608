import type { Draft, DraftStatus } from './draft.js';
import type { ModerationDeps } from './moderation-store.js';

/** The queue, oldest first; by default the pending drafts. */
export function listDrafts(deps: ModerationDeps, filter: { status?: DraftStatus } = { status: 'pending' }): Promise<Draft[]> {
  return deps.store.drafts.list(filter);
}
