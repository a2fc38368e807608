import type { Draft } from './draft.js';
import { describeDecision } from './draft-state.js';
import { redactEmails } from './redact-emails.js';

/**
 * The line a card's thread gets when its draft is decided: who, what and why ("Draft 3 rejected
 * by Bob at 2026-11-23 10:00 UTC: out of scope"), with what it did to the catalog.
 */
export function decisionNote(draft: Draft, message: string): string {
  return redactEmails(`Draft ${draft.id} ${describeDecision(draft)}. ${message}`);
}
