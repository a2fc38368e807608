import type { Acknowledgement, EchoText } from '../contribution/compose-acknowledgement.js';
import type { Understood } from './thread-entry.js';

/** How long echoed text may be in the answer to a reply. */
const ECHO = { subject: 100, greeting: 40, name: 80, change: 160 } as const;
/** References keeps the thread's last few msg-ids: the header stays one line */
const MAX_REFERENCES = 8;

function sentence(u: Understood, echo: EchoText): string | null {
  const name = u.name ? `"${echo(u.name, ECHO.name)}"` : 'your agreement';
  const draft = u.draftId ? ` (draft #${u.draftId})` : '';
  const change = u.change ? `: ${echo(u.change, ECHO.change)}` : '';
  switch (u.kind) {
    case 'correction':
      return `A correction to ${name}${draft}${change}. A moderator will accept or decline it.`;
    case 'correction-to-decided':
      return `A correction to ${name}, which is already in the catalog${u.agreementId ? ` (agreement ${u.agreementId})` : ''}${change}. A moderator will look at it.`;
    case 'correction-unmatched':
      return `A correction${change}. We could not tell which of your agreements it is about: a moderator will read it.`;
    case 'addition':
      return `Another agreement, ${name}${draft}, added to your contribution for the moderators to review.`;
    case 'withdrawal':
      if (u.draftId === null) return 'Your request to withdraw your contribution: nothing was waiting for review.';
      return u.change === 'withdrawn'
        ? `Your request to withdraw ${name}${draft}: it is withdrawn and will not be reviewed.`
        : `Your request to withdraw ${name}: it is already in the catalog and keeps its facts; ask us in a reply if your name should not be shown with it.`;
    case 'anonymity':
      return 'Your request not to be named: your name is no longer shown anywhere, agreements already in the catalog included.';
    case 'unread':
    case 'not-from-contributor':
      return 'Your message: a moderator will read it.';
    default:
      return null;
  }
}

/**
 * The one short answer to a contributor's reply: what was understood (a correction proposed, an
 * addition, a withdrawal, anonymity, or that a moderator will read it). Threaded under the reply
 * (In-Reply-To, References) and marked Auto-Submitted (RFC 3834 §5) like the first acknowledgement.
 * Null when there is nothing to tell (an auto-reply, a reply that only quotes).
 */
export function composeReplyAcknowledgement(input: {
  contributionId: number;
  /** the reply's Subject, Message-ID and References */
  reply: { subject: string; messageId: string | null; references: readonly string[] };
  contributorName: string | null;
  understood: readonly Understood[];
  echo: EchoText;
}): Acknowledgement | null {
  const { reply, echo } = input;
  const lines = input.understood.map((u) => sentence(u, echo)).filter((l): l is string => l !== null);
  if (lines.length === 0) return null;
  const original = echo(reply.subject.replace(/\s+/g, ' '), ECHO.subject).trim();
  const subject = original ? (/^re:/i.test(original) ? original : `Re: ${original}`) : 'Your reply to the BPF on Cybersecurity';
  const name = input.contributorName ? echo(input.contributorName, ECHO.greeting) || null : null;
  const body = [
    `Dear ${name ?? 'contributor'},`,
    '',
    `Thank you for your reply about your contribution (reference: contribution #${input.contributionId}). This is an automatic acknowledgement.`,
    '',
    'What we understood:',
    ...[...new Set(lines)].map((l) => `- ${l}`),
    '',
    '-- ',
    'normbot, for the IGF Best Practice Forum on Cybersecurity',
  ];
  const headers: Record<string, string> = { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' };
  if (reply.messageId) {
    headers['In-Reply-To'] = reply.messageId;
    headers['References'] = [...reply.references.filter((r) => r !== reply.messageId), reply.messageId].slice(-MAX_REFERENCES).join(' ');
  }
  return { subject, body: `${body.join('\n')}\n`, headers };
}
