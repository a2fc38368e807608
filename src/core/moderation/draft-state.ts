import { UNNAMED_AGREEMENT } from '../contribution/build-drafts.js';
import type { Actor, Draft, DraftStatus } from './draft.js';
import type { ModerationRefusal } from './moderation-port.js';

/** A claim lapses after this, so a moderator who walked away does not block a draft for ever. */
export const CLAIM_TTL_MS = 30 * 60_000;

/** How long a decision can be undone from its card; the contributor's outcome mail waits as long. */
export const UNDO_WINDOW_MS = 15 * 60_000;

const TRANSITIONS: Record<DraftStatus, readonly DraftStatus[]> = {
  pending: ['approved', 'rejected', 'merged', 'withdrawn'],
  approved: [],
  rejected: [],
  merged: [],
  withdrawn: [],
};

export function canTransition(from: DraftStatus, to: DraftStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isSameActor(a: Actor, b: Actor): boolean {
  return a.platform === b.platform && a.id === b.id;
}

/** The claim still in force at `now`, or null when there is none or it lapsed. */
export function activeClaim(draft: Draft, now: Date): { actor: Actor; until: Date } | null {
  if (!draft.claimedBy || !draft.claimedAt || draft.status !== 'pending') return null;
  const until = new Date(Date.parse(draft.claimedAt) + CLAIM_TTL_MS);
  return until.getTime() > now.getTime() ? { actor: draft.claimedBy, until } : null;
}

/** "approved by Alice at 2026-11-23 17:05 UTC", "rejected by Bob: out of scope". */
export function describeDecision(draft: Draft): string {
  if (draft.status === 'pending') return 'pending';
  const who = draft.decidedBy?.name ?? 'unknown';
  const when = draft.decidedAt ? ` at ${formatUtc(draft.decidedAt)}` : '';
  if (draft.status === 'rejected') return `rejected by ${who}${when}${draft.reason ? `: ${draft.reason}` : ''}`;
  if (draft.status === 'merged') return `merged into agreement ${draft.agreementId ?? '?'} by ${who}${when}`;
  if (draft.status === 'withdrawn') return `withdrawn by the contributor${when}`;
  return `approved by ${who}${when}${draft.agreementId ? ` as agreement ${draft.agreementId}` : ''}`;
}

export function formatUtc(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function alreadyDecided(draft: Draft): ModerationRefusal {
  return { ok: false, code: 'already-decided', message: `Draft ${draft.id} was already ${describeDecision(draft)}.`, draft };
}

/**
 * Whether `actor` may change the draft now: it must be pending and not held by someone else.
 * Returns the refusal to give, or null when the action may go ahead.
 */
export function refuseChange(draft: Draft, actor: Actor, now: Date): ModerationRefusal | null {
  if (draft.status !== 'pending') return alreadyDecided(draft);
  const claim = activeClaim(draft, now);
  if (claim && !isSameActor(claim.actor, actor)) {
    return {
      ok: false,
      code: 'claimed-by-other',
      message: `Draft ${draft.id} is being handled by ${claim.actor.name} until ${formatUtc(claim.until.toISOString())}; ask them, or free it with "release ${draft.id} override".`,
      draft,
    };
  }
  return null;
}

/** Until when the draft's decision may be undone, or null when it is pending or the window has passed. */
export function undoableUntil(draft: Draft, now: Date): Date | null {
  // a withdrawal is the contributor's decision: no moderator undoes it
  if (draft.status === 'pending' || draft.status === 'withdrawn' || !draft.decidedAt) return null;
  const until = new Date(Date.parse(draft.decidedAt) + UNDO_WINDOW_MS);
  return until.getTime() > now.getTime() ? until : null;
}

/**
 * Whether `actor` may open a form (edit, reject, merge) on the draft: it exists, is pending and is
 * not claimed by someone else. The one check every adapter makes before showing a form.
 */
export function refuseForm(draft: Draft | null, draftId: number, actor: Actor, now: Date): ModerationRefusal | null {
  return draft ? refuseChange(draft, actor, now) : notFound(draftId);
}

export function notFound(draftId: number): ModerationRefusal {
  return { ok: false, code: 'not-found', message: `There is no draft ${draftId}; "drafts" lists the pending ones.` };
}

/** A draft still named UNNAMED_AGREEMENT cannot enter the catalog: a moderator names it first. */
export function refuseUnnamed(draft: Draft): ModerationRefusal | null {
  if (draft.fields.name !== UNNAMED_AGREEMENT) return null;
  return { ok: false, code: 'invalid', message: `Draft ${draft.id} has no name yet; edit it to name the agreement (name=...) before approving or merging it.` };
}
