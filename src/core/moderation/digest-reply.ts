import type { Reply } from '../reply/reply.js';
import type { Draft } from './draft.js';
import { formatAge } from './format-age.js';
import { redactEmails } from './redact-emails.js';

/** The daily digest for moderators: how many drafts wait, oldest first, with their age. */
export function digestReply(drafts: readonly Draft[], now: Date): Reply {
  const pending = drafts.filter((d) => d.status === 'pending').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  if (pending.length === 0) {
    const text = 'Moderation digest: no drafts waiting. Nothing to do today.';
    return { intent: 'draft-digest', text, blocks: [{ type: 'paragraph', text }], agreements: [], norms: [], ephemeral: false };
  }
  const oldest = pending[0] as Draft;
  const heading = `Moderation digest: ${pending.length} pending draft${pending.length === 1 ? '' : 's'}, oldest waiting ${formatAge(oldest.createdAt, now)}`;
  const items = pending.map((d) => ({
    title: `#${d.id} ${redactEmails(d.fields.name).slice(0, 80)}`,
    detail: `waiting ${formatAge(d.createdAt, now)}${d.claimedBy ? ` · claimed by ${d.claimedBy.name}` : ''}`,
  }));
  return {
    intent: 'draft-digest',
    text: [heading, ...items.map((i) => `${i.title} (${i.detail})`), 'Say "show N" to see a draft.'].join('\n'),
    blocks: [
      { type: 'heading', text: heading },
      { type: 'list', ordered: false, items },
      { type: 'note', text: 'Say "show N" to see a draft.' },
    ],
    agreements: [],
    norms: [],
    ephemeral: false,
  };
}
