import type { CardPlatform, CardPost } from '../../core/desk/card-ledger.js';
import type { CardSubject } from '../../core/desk/card-subject.js';
import type { Reply } from '../../core/reply/reply.js';

/** Where a new card landed: its message, and its discussion thread when the platform has one. */
export interface PlacedCard {
  channelId: string;
  messageId: string;
  threadId: string | null;
}

/** How fast one channel takes posts: a burst, then so many per second (each platform's limits table). */
export interface Pace {
  burst: number;
  perSecond: number;
}

/**
 * One platform's side of the moderation desk, as small as the publisher needs: render and post a
 * card, redraw it, write a line in its thread, and post a message that is not a card (the digest).
 * Failures are thrown as CardChannelError (src/errors.ts), saying whether a retry may help.
 */
export interface CardChannel {
  readonly platform: CardPlatform;
  readonly pace: Pace;
  post(subject: CardSubject, card: Reply): Promise<PlacedCard>;
  update(post: CardPost, card: Reply): Promise<void>;
  note(post: CardPost, text: string): Promise<void>;
  announce(reply: Reply): Promise<void>;
}
