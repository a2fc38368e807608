import type { Draft } from './draft.js';
import type { ContributorContact } from './draft-repository.js';
import type { OutcomeMail } from './outcome-outbox.js';

/**
 * The mail telling a contributor what became of their draft, or null when they cannot be told.
 * The questionnaire has no "notify me" box: giving an address (the From of the mail) counts as
 * asking; anonymous contributions without an address get no mail.
 */
export function buildOutcomeMail(draft: Draft, contact: ContributorContact | null, agreementName: string | null): OutcomeMail | null {
  // a withdrawn draft was the contributor's own doing: the reply to their withdrawal says so
  if (!contact?.email || draft.status === 'pending' || draft.status === 'withdrawn') return null;
  const greeting = contact.name && !contact.anonymous ? `Dear ${contact.name},` : 'Hello,';
  const name = draft.fields.name;
  const outcome =
    draft.status === 'approved'
      ? `The agreement "${name}" you described has been added to the BPF Cybersecurity norms catalog.`
      : draft.status === 'merged'
        ? `Your information on "${name}" has been added to the existing catalog entry "${agreementName ?? name}".`
        : `Your contribution on "${name}" was not added to the catalog.\n\nReason given by the moderators: ${draft.reason ?? 'none given'}`;
  const follow =
    draft.status === 'rejected'
      ? 'If you think this is a mistake, or can add a source, simply reply to this mail.'
      : 'Norm-element links from your contribution are shown as unverified until a moderator confirms them. Reply to this mail to correct anything.';
  const subjectVerb = draft.status === 'rejected' ? 'not added' : draft.status === 'merged' ? 'merged' : 'added';
  // RFC 3834 §5: machine-generated, so vacation responders and other robots do not answer it
  const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated' };
  if (contact.messageId) {
    headers['In-Reply-To'] = contact.messageId;
    headers['References'] = contact.messageId;
  }
  return {
    dedupeKey: `outcome:${draft.id}`,
    contributionId: draft.contributionId,
    to: contact.email,
    subject: `Your contribution "${truncate(name, 60)}": ${subjectVerb}`,
    body: [greeting, '', outcome, '', follow, '', 'Thank you for contributing,', 'The IGF BPF on Cybersecurity'].join('\n'),
    headers,
  };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
