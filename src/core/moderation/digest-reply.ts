import type { Block, ListItem, Reply } from '../reply/reply.js';
import type { UnsortedItem } from '../unsorted/unsorted-item.js';
import type { Draft } from './draft.js';
import { formatAge } from './format-age.js';
import { redactEmails } from './redact-emails.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The moderators' digest, the same on every platform and in the terminal: pending drafts and
 * mails that need a look, oldest first, with how long each has waited.
 */
export function digestReply(drafts: readonly Draft[], now: Date, unsorted: readonly UnsortedItem[] = []): Reply {
  const pending = drafts.filter((d) => d.status === 'pending').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const open = unsorted.filter((i) => i.status === 'open').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  if (pending.length === 0 && open.length === 0) {
    const text = 'Moderation digest: no drafts waiting and nothing that needs a look. Nothing to do today.';
    return { intent: 'draft-digest', text, blocks: [{ type: 'paragraph', text }], agreements: [], norms: [], ephemeral: false };
  }
  const oldest = [...pending.map((d) => d.createdAt), ...open.map((i) => i.createdAt)].sort()[0] ?? now.toISOString();
  const heading = `Moderation digest: ${plural(pending.length, 'pending draft')}, ${plural(open.length, 'mail')} needing a look; oldest waiting ${formatAge(oldest, now)}`;
  const draftItems: ListItem[] = pending.map((d) => ({
    title: `#${d.id} ${redactEmails(d.fields.name).slice(0, 80)}`,
    detail: `waiting ${formatAge(d.createdAt, now)}${d.claimedBy ? ` · claimed by ${d.claimedBy.name}` : ''}`,
  }));
  const unsortedItems: ListItem[] = open.map((i) => ({
    title: `Needs a look ${i.id}: ${redactEmails(i.payload.subject).slice(0, 80)}`,
    detail: `from ${i.payload.senderName}, waiting ${formatAge(i.createdAt, now)} · ${i.reason}`,
  }));
  const hint = 'Say "show N" to see a draft, "unsorted" for the mails that need a look.';
  const blocks: Block[] = [
    { type: 'heading', text: heading },
    ...(draftItems.length > 0 ? [{ type: 'list' as const, ordered: false, items: draftItems }] : []),
    ...(unsortedItems.length > 0 ? [{ type: 'list' as const, ordered: false, items: unsortedItems }] : []),
    { type: 'note', text: hint },
  ];
  return {
    intent: 'draft-digest',
    text: [heading, ...[...draftItems, ...unsortedItems].map((i) => `${i.title} (${i.detail})`), hint].join('\n'),
    blocks,
    agreements: [],
    norms: [],
    ephemeral: false,
  };
}
