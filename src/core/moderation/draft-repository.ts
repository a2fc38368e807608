import type { Actor, Draft, DraftStatus, DraftVersion } from './draft.js';

/** A decision written by compare-and-set: only a pending draft takes it. */
export interface DraftDecision {
  status: Exclude<DraftStatus, 'pending'>;
  actor: Actor;
  at: string;
  reason: string | null;
  agreementId: number | null;
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
  /** writes `next` as the current fields; false when the draft is not pending at `expectedVersion` */
  saveVersion(draftId: number, expectedVersion: number, next: DraftVersion): Promise<boolean>;
  /** sets or clears the claim of a pending draft; false when it is not pending */
  setClaim(draftId: number, claim: { actor: Actor; at: string } | null): Promise<boolean>;
  contributorContact(draftId: number): Promise<ContributorContact | null>;
}
