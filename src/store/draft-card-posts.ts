import type { Draft } from '../core/moderation/draft.js';
import type { Database } from './database.js';

export type CardPlatform = 'slack' | 'discord';

const STATUS_RANK: Record<Draft['status'], number> = { pending: 0, approved: 1, rejected: 2, merged: 3, withdrawn: 4 };
// must match STATUS_RANK: stale() compares stamps inside SQLite
const STATUS_SQL = "CASE d.status WHEN 'pending' THEN 0 WHEN 'approved' THEN 1 WHEN 'rejected' THEN 2 WHEN 'merged' THEN 3 ELSE 4 END";

/**
 * What a card showed when last rendered, kept in chat_posts.rendered_version: version * 10 +
 * status rank, so a decision taken anywhere (which does not bump the version) still makes every
 * other platform's card stale.
 */
export function cardStamp(draft: Pick<Draft, 'version' | 'status'>): number {
  return draft.version * 10 + STATUS_RANK[draft.status];
}

/** Where a draft's card sits in one chat platform (chat_posts, migration 003). */
export interface DraftCardPost {
  draftId: number;
  /** Slack channel id or Discord channel id */
  channelId: string;
  /** Slack message ts or Discord message id */
  messageId: string;
  postedAt: string;
  /** cardStamp of the draft as last rendered */
  renderedVersion: number;
}

export interface DraftCardPosts {
  get(draftId: number): Promise<DraftCardPost | null>;
  /** draft ids of pending drafts that have no card on this platform yet, oldest first */
  unposted(): Promise<number[]>;
  /** draft ids whose card no longer shows the draft as it is (edited or decided elsewhere) */
  stale(): Promise<number[]>;
  /** records (or moves) the card; a re-post keeps the first posted_at */
  save(post: DraftCardPost): Promise<void>;
  markRendered(draftId: number, stamp: number): Promise<void>;
}

interface Row {
  draft_id: number;
  channel_id: string;
  message_id: string;
  posted_at: string;
  rendered_version: number;
}

/** The draft cards of one platform; each platform's rows are independent of the other's. */
export function createDraftCardPosts(db: Database, platform: CardPlatform): DraftCardPosts {
  return {
    async get(draftId) {
      const row = await db.get<Row>('SELECT * FROM chat_posts WHERE draft_id = ? AND platform = ?', [draftId, platform]);
      return row
        ? { draftId: row.draft_id, channelId: row.channel_id, messageId: row.message_id, postedAt: row.posted_at, renderedVersion: row.rendered_version }
        : null;
    },
    async unposted() {
      const rows = await db.all<{ id: number }>(
        `SELECT d.id FROM drafts d WHERE d.status = 'pending'
           AND NOT EXISTS (SELECT 1 FROM chat_posts p WHERE p.draft_id = d.id AND p.platform = ?) ORDER BY d.id`,
        [platform],
      );
      return rows.map((r) => r.id);
    },
    async stale() {
      const rows = await db.all<{ draft_id: number }>(
        `SELECT p.draft_id FROM chat_posts p JOIN drafts d ON d.id = p.draft_id
         WHERE p.platform = ? AND p.rendered_version <> d.version * 10 + ${STATUS_SQL} ORDER BY p.draft_id`,
        [platform],
      );
      return rows.map((r) => r.draft_id);
    },
    async save(post) {
      await db.transaction((tx) =>
        tx.run(
          `INSERT INTO chat_posts (draft_id, platform, channel_id, message_id, posted_at, rendered_version) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (draft_id, platform) DO UPDATE SET channel_id = excluded.channel_id, message_id = excluded.message_id,
             rendered_version = excluded.rendered_version`,
          [post.draftId, platform, post.channelId, post.messageId, post.postedAt, post.renderedVersion],
        ),
      );
    },
    async markRendered(draftId, stamp) {
      await db.transaction((tx) => tx.run('UPDATE chat_posts SET rendered_version = ? WHERE draft_id = ? AND platform = ?', [stamp, draftId, platform]));
    },
  };
}
