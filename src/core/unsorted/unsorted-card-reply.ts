import type { Action, Block, Reply } from '../reply/reply.js';
import { formatUtc } from '../moderation/draft-state.js';
import { redactEmails } from '../moderation/redact-emails.js';
import { describeResolution } from './describe-resolution.js';
import type { UnsortedItem } from './unsorted-item.js';

const clip = (text: string, max: number) => {
  const t = redactEmails(text).trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** The two ways out of the queue, for an item still open. */
export function unsortedActions(item: UnsortedItem): Action[] {
  if (item.status !== 'open') return [];
  const value = String(item.id);
  return [
    { id: 'unsorted-draft', label: 'Make a draft', value, style: 'primary' },
    { id: 'unsorted-dismiss', label: 'Not a contribution', value, style: 'danger' },
  ];
}

/**
 * The card of a "needs a look" item, like a draft card: why it is here, the subject, the sender's
 * name (never the address), when it came, its first lines and attachment names, and the actions.
 */
export function unsortedCardReply(item: UnsortedItem): Reply {
  const mail = item.payload;
  const status = item.status === 'open' ? 'Status: needs a look' : `Status: ${describeResolution(item)}`;
  const heading = `Needs a look ${item.id}: ${clip(mail.subject, 140)}`;
  const found = mail.prefill.length;
  const actions = unsortedActions(item);
  const fields = [
    { label: 'From', value: clip(mail.senderName, 200) },
    { label: 'Received', value: formatUtc(mail.receivedAt) },
    { label: 'Why it is here', value: clip(item.reason, 300) },
    { label: 'Attachments', value: mail.attachments.length === 0 ? '(none)' : clip(mail.attachments.join(', '), 600) },
  ];
  const firstLines = clip(mail.firstLines, 1200) || '(no text)';
  const blocks: Block[] = [
    { type: 'heading', text: heading },
    { type: 'paragraph', text: status },
    { type: 'fields', fields },
    { type: 'paragraph', text: firstLines },
    { type: 'note', text: `"Make a draft" prefills ${found} draft${found === 1 ? '' : 's'} with what the parser found · contribution ${mail.contributionId}` },
    ...(actions.length > 0 ? [{ type: 'actions' as const, actions }] : []),
  ];
  const text = [
    heading,
    status,
    ...fields.map((f) => `${f.label}: ${f.value}`),
    firstLines,
    ...(actions.length > 0 ? [`Actions: unsorted draft ${item.id} · unsorted dismiss ${item.id} <reason>`] : []),
  ].join('\n');
  return { intent: 'unsorted-card', text, blocks, agreements: [], norms: [], ephemeral: false };
}
