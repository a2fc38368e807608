import type { Reply } from '../reply/reply.js';
import type { DraftVersion } from './draft.js';
import { formatUtc } from './draft-state.js';
import { redactEmails } from './redact-emails.js';

/** Every version of a draft: who changed what, when; undo versions say what they restored. */
export function draftHistoryReply(draftId: number, versions: readonly DraftVersion[]): Reply {
  const rows = versions.map((v) => [`v${v.version}`, formatUtc(v.at), `${v.actor.name} (${v.actor.platform})`, redactEmails(`${v.change}${v.source ? ` [source: ${v.source}]` : ''}`)]);
  const heading = `History of draft ${draftId}`;
  return {
    intent: 'draft-history',
    text: [heading, ...rows.map((r) => `  ${r.join('  ')}`)].join('\n'),
    blocks: [
      { type: 'heading', text: heading },
      { type: 'table', columns: ['Version', 'When', 'Who', 'What changed'], rows },
    ],
    agreements: [],
    norms: [],
    ephemeral: false,
  };
}
