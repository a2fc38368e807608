import type { CardSubject } from './card-subject.js';

export type CardPlatform = 'slack' | 'discord';

/** Where one card sits on one platform, and what it showed when last drawn. */
export interface CardPost {
  subject: CardSubject;
  platform: CardPlatform;
  /** Slack channel id or Discord channel id */
  channelId: string;
  /** Slack message ts or Discord message id */
  messageId: string;
  /** the card's discussion thread (Discord thread id); null when it has none or is the message itself */
  threadId: string | null;
  postedAt: string;
  /** cardStamp of the subject as last drawn ('' = never) */
  stamp: string;
}

/**
 * The card ledger: which subject has a card where. The publisher posts a card once and redraws it
 * when the stamp changes; `unposted` and `stale` let a periodic repair catch what events missed
 * (another process, a platform outage). Implemented in src/store/card-ledger.ts.
 */
export interface CardLedger {
  get(platform: CardPlatform, subject: CardSubject): Promise<CardPost | null>;
  /** open subjects (pending drafts, open queue items) with no card on this platform, oldest first */
  unposted(platform: CardPlatform): Promise<CardSubject[]>;
  /** subjects whose card may no longer show them as they are: a changed revision or an undo window */
  stale(platform: CardPlatform): Promise<CardSubject[]>;
  save(post: CardPost): Promise<void>;
  markDrawn(platform: CardPlatform, subject: CardSubject, stamp: string): Promise<void>;
}
