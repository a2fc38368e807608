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

/**
 * How text from the mail is echoed back: without links or addresses (an acknowledgement must not
 * carry a stranger's URL to whoever it reaches) and cut to `max` characters. The intake passes
 * one built on a link finder; the core has no such library.
 */
export type EchoText = (text: string, max: number) => string;

/** How long echoed text may be: names are cut short, lists are cut after a few items. */
const ECHO = { subject: 100, greeting: 40, name: 80, field: 120, listItem: 60, listItems: 5, warning: 160 } as const;

function angle(messageId: string): string {
  const id = messageId.trim();
  return id.startsWith('<') ? id : `<${id}>`;
}

function describeDraft(draft: AcknowledgedDraft, position: number, echo: EchoText): string[] {
  const f = draft.fields;
  const lines = [`${position}. ${echo(f.name, ECHO.name)}  (draft #${draft.id})`];
  lines.push(draft.catalogMatch ? `   looks like: ${draft.catalogMatch.name} (already in the catalog)` : '   looks like: a new agreement, not in the catalog yet');
  lines.push(`   launched: ${f.launchYear ?? 'not found'}`);
  lines.push(`   parties: ${f.parties === null ? 'not found' : echo(f.parties, ECHO.field)}`);
  if (f.signatories.length > 0) {
    const shown = f.signatories.slice(0, ECHO.listItems).map((s) => echo(s, ECHO.listItem));
    const more = f.signatories.length - shown.length;
    lines.push(`   signatories: ${shown.join('; ')}${more > 0 ? ` and ${more} more` : ''}`);
  }
  lines.push(`   maintained by: ${f.maintainer === null ? 'not found' : echo(f.maintainer, ECHO.field)}`);
  if (f.ggeNorms.length > 0) lines.push(`   UN GGE norms: ${f.ggeNorms.map((n) => n.id).join(', ')}`);
  if (f.normElements.length > 0) lines.push(`   norm elements: ${f.normElements.map((e) => `${e.id} ${echo(e.name, ECHO.listItem)}`).join('; ')}`);
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
  echo: EchoText;
}): Acknowledgement {
  const { parsed, contributionId, drafts, echo } = input;
  const name = parsed.contributor.anonymous || !parsed.contributor.name ? null : echo(parsed.contributor.name, ECHO.greeting) || null;
  const original = echo(parsed.subject.replace(/\s+/g, ' '), ECHO.subject).trim();
  const subject = original ? (/^re:/i.test(original) ? original : `Re: ${original}`) : 'Your contribution to the BPF on Cybersecurity';

  const body = [
    `Dear ${name ?? 'contributor'},`,
    '',
    'Thank you for your contribution to the IGF Best Practice Forum on Cybersecurity.',
    `This is an automatic acknowledgement (reference: contribution #${contributionId}).`,
    '',
  ];
  if (drafts.length > 0) {
    body.push('What we understood:', '');
    drafts.forEach((d, i) => body.push(...describeDraft(d, i + 1, echo), ''));
    body.push(
      `Drafts created: ${drafts.length} (${drafts.map((d) => `#${d.id}`).join(', ')}). The forum's moderators will review ${drafts.length === 1 ? 'it' : 'them'} before anything enters the catalog.`,
    );
  } else {
    body.push('We could not find the description of an agreement in your message, so no draft was created.');
  }
  if (parsed.contributor.anonymous) body.push('', 'You asked to remain anonymous: your name will not be shown to anyone.');
  if (parsed.warnings.length > 0) {
    body.push('', 'Parts we could not read:', ...parsed.warnings.map((w) => `- ${echo(w.message, ECHO.warning)}`));
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
