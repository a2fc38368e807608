import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Reply } from '../reply/reply.js';
import type { Draft } from './draft.js';
import { draftCardReply } from './draft-card-reply.js';
import { formatUtc } from './draft-state.js';
import type { DraftHistoryEntry } from './read-draft-history.js';
import { redactEmails } from './redact-emails.js';

/** A draft's timeline: every version and decision, who (and on which platform), when, and what or why. */
export function draftHistoryReply(draftId: number, entries: readonly DraftHistoryEntry[]): Reply {
  const rows = entries.map((e) => [e.step, formatUtc(e.at), `${e.actor.name} (${e.actor.platform})`, redactEmails(e.what)]);
  const heading = `History of draft ${draftId}`;
  return {
    intent: 'draft-history',
    text: [heading, ...rows.map((r) => `  ${r.join('  ')}`)].join('\n'),
    blocks: [
      { type: 'heading', text: heading },
      { type: 'table', columns: ['Step', 'When', 'Who', 'What happened'], rows },
    ],
    agreements: [],
    norms: [],
    ephemeral: false,
  };
}

/** "show N" in every front end: the draft's card followed by its history. */
export function draftWithHistoryReply(draft: Draft, entries: readonly DraftHistoryEntry[], catalog?: CatalogSnapshot, now?: Date): Reply {
  const card = draftCardReply(draft, catalog, now);
  const history = draftHistoryReply(draft.id, entries);
  // the buttons stay last, under everything they act on
  const actions = card.blocks.filter((b) => b.type === 'actions');
  const rest = card.blocks.filter((b) => b.type !== 'actions');
  return { ...card, text: `${card.text}\n\n${history.text}`, blocks: [...rest, ...history.blocks, ...actions] };
}
