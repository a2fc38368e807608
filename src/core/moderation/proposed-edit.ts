import type { Actor, ProposedEdit } from './draft.js';

export type { ProposedEdit } from './draft.js';

/** A decision on a proposed edit, written by compare-and-set: only an open one takes it. */
export interface ProposedEditDecision {
  status: Exclude<ProposedEdit['status'], 'open'>;
  actor: Actor;
  at: string;
  reason: string | null;
}

/** The proposed edits port (SQLite: src/store/proposed-edit-repository.ts); writes take the transaction. */
export interface ProposedEditRepository {
  /** the open proposed edit of a draft, or null */
  openFor(draftId: number): Promise<ProposedEdit | null>;
  /** false when it was no longer open (someone decided first) */
  decide(editId: number, decision: ProposedEditDecision): Promise<boolean>;
}
