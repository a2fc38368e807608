import type { Action, Block, Reply } from '../reply/reply.js';
import { formatUtc } from '../moderation/draft-state.js';
import { redactEmails } from '../moderation/redact-emails.js';
import { describeResolution } from './describe-resolution.js';
import type { UnsortedCorrection, UnsortedItem } from './unsorted-item.js';

const clip = (text: string, max: number) => {
  const t = redactEmails(text).trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** The ways out of the queue, for an item still open: a correction is only closed, with what was done. */
export function unsortedActions(item: UnsortedItem): Action[] {
  if (item.status !== 'open') return [];
  const value = String(item.id);
  if (item.payload.kind === 'correction') return [{ id: 'unsorted-dismiss', label: 'Close', value, style: 'default' }];
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
  if (mail.kind === 'correction') return correctionCardReply(item, mail, status);
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

/** What the dismiss form asks, by kind: mail is dismissed as not a contribution, a correction closed with what was done. */
export function dismissWording(item: UnsortedItem): { title: string; prompt: string; label: string } {
  return item.payload.kind === 'mail'
    ? { title: `Not a contribution: item ${item.id}?`, prompt: 'is not a contribution? Say why; the reason is kept with the item.', label: 'Why it is not a contribution' }
    : { title: `Close item ${item.id}`, prompt: 'has been looked at? Say what was done; it is kept with the item.', label: 'What was done' };
}

/**
 * The card of a contributor's correction to drafts already decided: per draft, the catalog
 * agreement it became and the change in the contributor's words. Nothing changes by itself: a
 * moderator edits the catalog if the change is right, then closes the item.
 */
function correctionCardReply(item: UnsortedItem, c: UnsortedCorrection, status: string): Reply {
  const heading = `Needs a look ${item.id}: the contributor corrects ${c.corrections.length === 1 ? 'a decided draft' : `${c.corrections.length} decided drafts`}`;
  const actions = unsortedActions(item);
  const fields = [
    { label: 'From', value: clip(c.senderName, 200) },
    { label: 'Received', value: formatUtc(c.receivedAt) },
    { label: 'Why it is here', value: clip(item.reason, 300) },
  ];
  const items = c.corrections.map((x) => {
    const words = [...new Set(Object.values(x.evidence).filter((w) => w.trim() !== ''))].map((w) => `"${clip(w, 200)}"`).join(' · ');
    const target = x.agreementId === null ? `draft ${x.draftId} "${clip(x.name, 120)}" (not in the catalog)` : `catalog agreement ${x.agreementId} "${clip(x.name, 120)}" (from draft ${x.draftId})`;
    return { title: `${target}: ${clip(x.change, 400)}`, ...(words ? { detail: `Their words: ${words}` } : {}) };
  });
  const blocks: Block[] = [
    { type: 'heading', text: heading },
    { type: 'paragraph', text: status },
    { type: 'fields', fields },
    { type: 'list', ordered: false, items },
    { type: 'note', text: `Nothing changes by itself: edit the catalog if it is right, then close the item · contribution ${c.contributionId}, reply ${c.replyId}` },
    ...(actions.length > 0 ? [{ type: 'actions' as const, actions }] : []),
  ];
  const text = [
    heading,
    status,
    ...fields.map((f) => `${f.label}: ${f.value}`),
    ...items.map((i) => `  ${i.title}${i.detail ? ` (${i.detail})` : ''}`),
    ...(actions.length > 0 ? [`Actions: unsorted dismiss ${item.id} <what was done>`] : []),
  ].join('\n');
  return { intent: 'unsorted-card', text, blocks, agreements: [], norms: [], ephemeral: false };
}
