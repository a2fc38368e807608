import type { Draft } from '../../core/moderation/draft.js';
import { formatAge } from '../../core/moderation/format-age.js';
import type { Reply } from '../../core/reply/reply.js';

/** The daily digest: every pending draft, oldest first, with how long it has waited. */
export function buildDigestReply(pending: readonly Draft[], now: Date): Reply {
  const oldest = [...pending].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const lines = oldest.map((d) => `Draft ${d.id}: ${d.fields.name} (from ${d.contributorLabel}, waiting ${formatAge(d.createdAt, now)})`);
  return {
    intent: 'draft-digest',
    text: [`${pending.length} draft${pending.length === 1 ? '' : 's'} waiting for a moderator:`, ...lines].join('\n'),
    blocks: [
      { type: 'heading', text: `Daily digest: ${pending.length} pending draft${pending.length === 1 ? '' : 's'}` },
      {
        type: 'list',
        ordered: false,
        items: oldest.map((d) => ({
          title: `Draft ${d.id}: ${d.fields.name}`,
          detail: `from ${d.contributorLabel}, waiting ${formatAge(d.createdAt, now)}${d.claimedBy ? `, claimed by ${d.claimedBy.name}` : ''}`,
        })),
      },
      { type: 'note', text: 'Open a draft card above to decide, or type "drafts" to me for the queue.' },
    ],
    agreements: [],
    norms: [],
    ephemeral: false,
  };
}
