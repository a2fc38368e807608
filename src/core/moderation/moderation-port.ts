import type { Agreement } from '../catalog/agreement.js';
import type { UnsortedItem, UnsortedStatus } from '../unsorted/unsorted-item.js';
import type { Actor, Draft, DraftFields, DraftVersion } from './draft.js';
import type { DraftHistoryEntry } from './read-draft-history.js';

/** Why a moderation action did not happen: expected outcomes, returned rather than thrown. */
export type ModerationRefusal =
  | { ok: false; code: 'not-found'; message: string }
  | { ok: false; code: 'already-decided'; message: string; draft: Draft }
  | { ok: false; code: 'claimed-by-other'; message: string; draft: Draft }
  /** the form was filled from an older version: saving it would undo someone's newer edit */
  | { ok: false; code: 'stale'; message: string; draft: Draft }
  | { ok: false; code: 'not-moderator'; message: string }
  | { ok: false; code: 'invalid'; message: string };

export type ModerationResult = { ok: true; draft: Draft; message: string } | ModerationRefusal;

/** Confirming a coverage link changes an agreement, not a draft. */
export type CoverageResult = { ok: true; agreement: Agreement; message: string } | Exclude<ModerationRefusal, { draft: Draft }>;

/** What became of a "needs a look" item, or why nothing did. */
export type UnsortedResult =
  | { ok: true; item: UnsortedItem; message: string; draftIds: number[] }
  | { ok: false; code: 'not-found' | 'invalid'; message: string }
  | { ok: false; code: 'already-resolved'; message: string; item: UnsortedItem };

export interface EditOptions {
  /** the draft version the form was filled from; checked inside the transaction */
  fromVersion?: number;
}

/**
 * What the chat adapters and the terminal call. Implemented in core over repository ports; every
 * call is atomic, so two moderators clicking at once decide once and the second is told who decided.
 */
export interface Moderation {
  listDrafts(filter?: { status?: Draft['status'] }): Promise<Draft[]>;
  getDraft(draftId: number): Promise<Draft | null>;
  history(draftId: number): Promise<DraftVersion[]>;
  /** versions and decisions (with who, when and why) in one timeline, oldest first; empty when there is no such draft */
  timeline(draftId: number): Promise<DraftHistoryEntry[]>;
  /** may this actor open a form on the draft: it exists, is pending and not claimed by another */
  openForm(draftId: number, actor: Actor): Promise<ModerationResult>;
  claim(draftId: number, actor: Actor): Promise<ModerationResult>;
  /** gives a claim back; only the holder, unless `override` (another moderator taking over) */
  release(draftId: number, actor: Actor, options?: { override?: boolean }): Promise<ModerationResult>;
  edit(draftId: number, actor: Actor, patch: Partial<DraftFields>, options?: EditOptions): Promise<ModerationResult>;
  undoEdit(draftId: number, actor: Actor): Promise<ModerationResult>;
  approve(draftId: number, actor: Actor): Promise<ModerationResult>;
  reject(draftId: number, actor: Actor, reason: string): Promise<ModerationResult>;
  merge(draftId: number, actor: Actor, agreementId: number): Promise<ModerationResult>;
  /** applies the contributor's correction (from a reply) to a pending draft as a new version, the contributor as its source */
  acceptProposedEdit(draftId: number, actor: Actor): Promise<ModerationResult>;
  /** closes the contributor's correction without applying it; the reason is optional */
  declineProposedEdit(draftId: number, actor: Actor, reason?: string | null): Promise<ModerationResult>;
  /** takes back an approval, rejection or merge within UNDO_WINDOW_MS: the catalog change is reverted, history kept */
  undoDecision(draftId: number, actor: Actor): Promise<ModerationResult>;
  /** marks an unverified coverage link (e.g. from a contribution) as checked by a moderator */
  confirmCoverage(agreementId: number, elementId: string, actor: Actor, source?: string): Promise<CoverageResult>;
  /** the "needs a look" queue, oldest first; by default the open items */
  listUnsorted(filter?: { status?: UnsortedStatus }): Promise<UnsortedItem[]>;
  getUnsorted(itemId: number): Promise<UnsortedItem | null>;
  /** makes pending drafts from an item, prefilled with whatever the parser found */
  draftFromUnsorted(itemId: number, actor: Actor): Promise<UnsortedResult>;
  /** closes an item as not a contribution; the reason is kept */
  dismissUnsorted(itemId: number, actor: Actor, reason: string): Promise<UnsortedResult>;
}
