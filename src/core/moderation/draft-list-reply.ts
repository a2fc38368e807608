import { describeAcknowledgement } from '../contribution/acknowledgement-status.js';
import type { Reply } from '../reply/reply.js';
import type { Draft } from './draft.js';
import { formatAge } from './format-age.js';
import { redactEmails } from './redact-emails.js';

function row(d: Draft, now: Date): string[] {
  const claim = d.status === 'pending' && d.claimedBy ? `claimed by ${d.claimedBy.name}` : '';
  const notAcknowledged = d.acknowledgement?.status === 'withheld' ? describeAcknowledgement(d.acknowledgement) : '';
  return [String(d.id), redactEmails(d.fields.name).slice(0, 80), d.status, formatAge(d.createdAt, now), claim, notAcknowledged];
}

/** The queue as a table: what the `drafts` command shows. */
export function draftListReply(drafts: readonly Draft[], now: Date = new Date()): Reply {
  if (drafts.length === 0) {
    return { intent: 'draft-list', text: 'No drafts waiting.', blocks: [{ type: 'paragraph', text: 'No drafts waiting.' }], agreements: [], norms: [], ephemeral: false };
  }
  const rows = drafts.map((d) => row(d, now));
  const heading = `${drafts.length} draft${drafts.length === 1 ? '' : 's'}`;
  return {
    intent: 'draft-list',
    text: [heading, ...rows.map((r) => [`#${r[0]} ${r[1]}`, ...r.slice(2).filter(Boolean)].join(' · ')), 'Say "show N" to see a draft.'].join('\n'),
    blocks: [
      { type: 'heading', text: heading },
      { type: 'table', columns: ['Draft', 'Name', 'Status', 'Waiting', 'Claim', 'Mail'], rows },
      { type: 'note', text: 'Say "show N" to see a draft.' },
    ],
    agreements: [],
    norms: [],
    ephemeral: false,
  };
}
