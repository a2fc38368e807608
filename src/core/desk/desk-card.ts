import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { Draft } from '../moderation/draft.js';
import { draftCardReply } from '../moderation/draft-card-reply.js';
import { undoableUntil } from '../moderation/draft-state.js';
import type { Moderation } from '../moderation/moderation-port.js';
import type { Reply } from '../reply/reply.js';
import { unsortedCardReply } from '../unsorted/unsorted-card-reply.js';
import type { UnsortedItem } from '../unsorted/unsorted-item.js';
import type { CardSubject } from './card-subject.js';

/** Marks a stamp drawn while an Undo button was on the card (the store looks for it: card-ledger.ts). */
export const UNDO_STAMP_MARK = '+undo';

/** A card as the publisher draws it. */
export interface DeskCard {
  reply: Reply;
  /** what the card shows: redrawn only when this changes */
  stamp: string;
  /** open subjects get a card; a decided draft that never had one does not */
  postable: boolean;
  /** when the card must be drawn again though nothing changed (its Undo button expires) */
  redrawAt: Date | null;
}

/** The stamp of a draft's card: its revision, and whether Undo is offered at `now`. */
export function draftStamp(draft: Pick<Draft, 'revision' | 'status' | 'decidedAt'>, now: Date): string {
  return `${draft.revision}${undoableUntil(draft as Draft, now) ? UNDO_STAMP_MARK : ''}`;
}

export function unsortedStamp(item: Pick<UnsortedItem, 'revision'>): string {
  return String(item.revision);
}

/** The card of a subject as it is now, or null when the subject no longer exists. */
export async function deskCard(subject: CardSubject, ctx: { moderation: Moderation; catalog: CatalogSnapshot; now: Date }): Promise<DeskCard | null> {
  if (subject.kind === 'unsorted') {
    const item = await ctx.moderation.getUnsorted(subject.id);
    return item ? { reply: unsortedCardReply(item), stamp: unsortedStamp(item), postable: item.status === 'open', redrawAt: null } : null;
  }
  const draft = await ctx.moderation.getDraft(subject.id);
  if (!draft) return null;
  return {
    reply: draftCardReply(draft, ctx.catalog, ctx.now),
    stamp: draftStamp(draft, ctx.now),
    postable: draft.status === 'pending',
    redrawAt: undoableUntil(draft, ctx.now),
  };
}
