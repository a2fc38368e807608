import { ANONYMOUS_LABEL, buildDrafts } from '../contribution/build-drafts.js';
import type { ContributedAgreement, ParsedMessage } from '../contribution/parsed-message.js';
import { redactEmails } from '../moderation/redact-emails.js';
import type { NewUnsortedItem, PrefilledDraft, UnsortedMail } from './unsorted-item.js';

/** What intake reads from the mail itself for the card: shown to moderators, never an address. */
export interface MailFacts {
  /** the From display name; null when the mail gives none */
  displayName: string | null;
  receivedAt: string;
  firstLines: string;
  attachments: string[];
}

const NAME_MAX = 200;

/** Whether a stored mail with these drafts must wait in the "needs a look" queue: nothing reaches moderators otherwise. */
export function needsALook(parsed: Pick<ParsedMessage, 'kind'>, draftCount: number): boolean {
  return draftCount === 0 && parsed.kind !== 'auto-reply' && parsed.kind !== 'bounce';
}

function holdReason(parsed: ParsedMessage): string {
  if (parsed.kind !== 'contribution') return `not recognised as a contribution (${parsed.kindReason})`;
  return 'questionnaire content found, but no agreement in it';
}

function senderName(parsed: ParsedMessage, facts: MailFacts): string {
  if (parsed.contributor.anonymous) return ANONYMOUS_LABEL;
  const name = (parsed.contributor.name ?? facts.displayName ?? '').trim();
  // a display name can be the address itself ("ada@example.org" <ada@example.org>)
  const shown = redactEmails(name).slice(0, NAME_MAX);
  return shown === '' || shown.includes('[e-mail address removed]') ? '(no name given)' : shown;
}

const blankAgreement = (name: string): ContributedAgreement => ({
  name,
  launchYear: null,
  launchDate: null,
  parties: null,
  signatories: [],
  maintainer: null,
  maintainerContact: null,
  ggeText: null,
  ggeNorms: [],
  normElements: [],
  catalogMatch: null,
  evidence: {},
});

/**
 * The drafts "make a draft" would create: every agreement the parser found, with a placeholder
 * name where it found none, or one blank draft named after the subject. Built by buildDrafts, so
 * they are exactly what intake makes of a contribution.
 */
export function prefillDrafts(parsed: ParsedMessage): PrefilledDraft[] {
  const placeholder = `Untitled agreement from "${redactEmails(parsed.subject.trim() || 'a mail without subject').slice(0, 120)}" (name needed)`;
  const agreements = parsed.agreements.length > 0 ? parsed.agreements.map((a) => (a.name.trim() === '' ? { ...a, name: placeholder } : a)) : [blankAgreement(placeholder)];
  return buildDrafts({ ...parsed, kind: 'contribution', agreements }).map(({ index: _index, ...draft }) => draft);
}

/** The queue item for a stored mail that yielded no draft (see needsALook). */
export function unsortedFromMessage(parsed: ParsedMessage, contributionId: number, facts: MailFacts): NewUnsortedItem & { payload: UnsortedMail } {
  return {
    dedupeKey: `mail:${contributionId}`,
    reason: holdReason(parsed),
    payload: {
      kind: 'mail',
      contributionId,
      subject: redactEmails(parsed.subject.trim()) || '(no subject)',
      senderName: senderName(parsed, facts),
      receivedAt: facts.receivedAt,
      firstLines: redactEmails(facts.firstLines),
      attachments: facts.attachments.map(redactEmails),
      prefill: prefillDrafts(parsed),
    },
  };
}
