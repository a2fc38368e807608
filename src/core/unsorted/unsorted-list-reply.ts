import type { Reply } from '../reply/reply.js';
import { formatUtc } from '../moderation/draft-state.js';
import { redactEmails } from '../moderation/redact-emails.js';
import type { UnsortedItem } from './unsorted-item.js';

/** One row per item: id, subject, date, reason; what `unsorted` shows in the CLI and in chat. */
export function unsortedRows(items: readonly UnsortedItem[]): string[][] {
  return items.map((i) => [String(i.id), redactEmails(i.payload.subject).slice(0, 60), formatUtc(i.payload.receivedAt).slice(0, 16), i.reason.slice(0, 80)]);
}

/** The "needs a look" queue as a table. */
export function unsortedListReply(items: readonly UnsortedItem[]): Reply {
  if (items.length === 0) {
    const text = 'Nothing needs a look: every mail became drafts or was dismissed.';
    return { intent: 'unsorted-list', text, blocks: [{ type: 'paragraph', text }], agreements: [], norms: [], ephemeral: false };
  }
  const rows = unsortedRows(items);
  const heading = `${items.length} mail${items.length === 1 ? '' : 's'} need${items.length === 1 ? 's' : ''} a look`;
  const hint = 'Say "unsorted draft N" to make drafts from one, or "unsorted dismiss N <reason>" if it is not a contribution.';
  return {
    intent: 'unsorted-list',
    text: [heading, ...rows.map((r) => `#${r[0]} ${r[1]} · ${r[2]} · ${r[3]}`), hint].join('\n'),
    blocks: [
      { type: 'heading', text: heading },
      { type: 'table', columns: ['Item', 'Subject', 'Received', 'Why'], rows },
      { type: 'note', text: hint },
    ],
    agreements: [],
    norms: [],
    ephemeral: false,
  };
}
