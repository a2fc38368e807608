import type { Agreement } from '../catalog/agreement.js';
import type { PrefilledDraft } from '../unsorted/unsorted-item.js';
import type { Actor, Draft, DraftStatus, DraftVersion } from './draft.js';

/** A decision written by compare-and-set: only a pending draft takes it. */
export interface DraftDecision {
  status: Exclude<DraftStatus, 'pending'>;
  actor: Actor;
  at: string;
  reason: string | null;
  agreementId: number | null;
  /** the catalog agreement before and after the decision (null: none), so an undo can restore it */
  agreementBefore?: Agreement | null;
  agreementAfter?: Agreement | null;
}

/** A decision as recorded, undone or not: the draft's decision history. */
export interface DecisionRecord extends DraftDecision {
  id: number;
  draftId: number;
  undoneAt: string | null;
  undoneBy: Actor | null;
}

/** Where the outcome mail goes; read for replies only, never rendered or logged. */
export interface ContributorContact {
  email: string | null;
  name: string | null;
  anonymous: boolean;
  subject: string;
  /** Message-ID of the contribution mail, so the outcome threads under it */
  messageId: string | null;
}

/** The drafts port the moderation use cases run over (SQLite: src/store/draft-repository.ts). */
export interface DraftRepository {
  get(draftId: number): Promise<Draft | null>;
  /** oldest first */
  list(filter?: { status?: DraftStatus }): Promise<Draft[]>;
  /** oldest version first; the first version is synthesised when intake did not record it */
  history(draftId: number): Promise<DraftVersion[]>;
  /** false when the draft was no longer pending (someone else decided first) */
  decide(draftId: number, decision: DraftDecision): Promise<boolean>;
  /** every decision recorded for the draft, undone ones included, oldest first (a withdrawal is on the draft itself) */
  decisions(draftId: number): Promise<DecisionRecord[]>;
  /** the decision in force (not undone), or null */
  currentDecision(draftId: number): Promise<DecisionRecord | null>;
  /** makes a decided draft pending again; false when its decision is no longer `decisionId` */
  reopen(draftId: number, decisionId: number, undo: { actor: Actor; at: string }): Promise<boolean>;
  /** adds a pending draft (version 1) to a stored contribution: drafts made from the "needs a look" queue */
  add(contributionId: number, draft: PrefilledDraft, actor: Actor, at: string): Promise<number>;
  /** writes `next` as the current fields; false when the draft is not pending at `expectedVersion` */
  saveVersion(draftId: number, expectedVersion: number, next: DraftVersion): Promise<boolean>;
  /** sets or clears the claim of a pending draft; false when it is not pending */
  setClaim(draftId: number, claim: { actor: Actor; at: string } | null): Promise<boolean>;
  contributorContact(draftId: number): Promise<ContributorContact | null>;
}
