import type { DraftFields } from '../moderation/draft.js';
import type { CatalogMatch, ParsedMessage } from './parsed-message.js';

export interface AcknowledgedDraft {
  id: number;
  fields: DraftFields;
  catalogMatch: CatalogMatch | null;
}

export interface Acknowledgement {
  subject: string;
  body: string;
  headers: Record<string, string>;
}

const MAX_SUBJECT = 180;

function angle(messageId: string): string {
  const id = messageId.trim();
  return id.startsWith('<') ? id : `<${id}>`;
}

function describeDraft(draft: AcknowledgedDraft, position: number): string[] {
  const f = draft.fields;
  const lines = [`${position}. ${f.name}  (draft #${draft.id})`];
  lines.push(draft.catalogMatch ? `   looks like: ${draft.catalogMatch.name} (already in the catalog)` : '   looks like: a new agreement, not in the catalog yet');
  lines.push(`   launched: ${f.launchYear ?? 'not found'}`);
  lines.push(`   parties: ${f.parties ?? 'not found'}`);
  if (f.signatories.length > 0) lines.push(`   signatories: ${f.signatories.join('; ')}`);
  lines.push(`   maintained by: ${f.maintainer ?? 'not found'}`);
  if (f.ggeNorms.length > 0) lines.push(`   UN GGE norms: ${f.ggeNorms.map((n) => n.id).join(', ')}`);
  if (f.normElements.length > 0) lines.push(`   norm elements: ${f.normElements.map((e) => `${e.id} ${e.name}`).join('; ')}`);
  return lines;
}

/**
 * The acknowledgement sent for a contribution: what was understood, the drafts created and how to
 * correct them. Marked Auto-Submitted (RFC 3834 §5) so other robots do not answer it, and threaded
 * under the contribution with In-Reply-To/References.
 */
export function composeAcknowledgement(input: {
  parsed: ParsedMessage;
  contributionId: number;
  drafts: readonly AcknowledgedDraft[];
}): Acknowledgement {
  const { parsed, contributionId, drafts } = input;
  const name = parsed.contributor.anonymous ? null : parsed.contributor.name;
  const original = parsed.subject.trim();
  const subject = (original ? (/^re:/i.test(original) ? original : `Re: ${original}`) : 'Your contribution to the BPF on Cybersecurity').slice(0, MAX_SUBJECT);

  const body = [
    `Dear ${name ?? 'contributor'},`,
    '',
    'Thank you for your contribution to the IGF Best Practice Forum on Cybersecurity.',
    `This is an automatic acknowledgement (reference: contribution #${contributionId}).`,
    '',
  ];
  if (drafts.length > 0) {
    body.push('What we understood:', '');
    drafts.forEach((d, i) => body.push(...describeDraft(d, i + 1), ''));
    body.push(
      `Drafts created: ${drafts.length} (${drafts.map((d) => `#${d.id}`).join(', ')}). The forum's moderators will review ${drafts.length === 1 ? 'it' : 'them'} before anything enters the catalog.`,
    );
  } else {
    body.push('We could not find the description of an agreement in your message, so no draft was created.');
  }
  if (parsed.contributor.anonymous) body.push('', 'You asked to remain anonymous: your name will not be shown to anyone.');
  if (parsed.warnings.length > 0) {
    body.push('', 'Parts we could not read:', ...parsed.warnings.map((w) => `- ${w.message}`));
  }
  body.push(
    '',
    'How to correct it: reply to this mail and write the corrected fields, for example',
    '"Date of launch: 2017" or "Maintained by: ...". A moderator reads every reply.',
    '',
    '-- ',
    'normbot, for the IGF Best Practice Forum on Cybersecurity',
  );

  const headers: Record<string, string> = {
    'Auto-Submitted': 'auto-replied',
    // Exchange's equivalent: no out-of-office answers to this mail
    'X-Auto-Response-Suppress': 'All',
  };
  if (parsed.messageId) {
    headers['In-Reply-To'] = angle(parsed.messageId);
    headers['References'] = angle(parsed.messageId);
  }
  return { subject, body: body.join('\n') + '\n', headers };
}
