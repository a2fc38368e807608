import type { Database } from '../../store/database.js';

/** Where a draft's card sits in Discord (chat_posts, migration 003). */
export interface DraftCardPost {
  draftId: number;
  channelId: string;
  messageId: string;
  postedAt: string;
  renderedVersion: number;
}

export interface DraftCardPosts {
  get(draftId: number): Promise<DraftCardPost | null>;
  /** draft ids of pending drafts that have no Discord card yet, oldest first */
  unposted(): Promise<number[]>;
  save(post: DraftCardPost): Promise<void>;
  markRendered(draftId: number, version: number): Promise<void>;
}

const PLATFORM = 'discord';

interface Row {
  draft_id: number;
  channel_id: string;
  message_id: string;
  posted_at: string;
  rendered_version: number;
}

export function createDraftCardPosts(db: Database): DraftCardPosts {
  return {
    async get(draftId) {
      const row = await db.get<Row>('SELECT * FROM chat_posts WHERE draft_id = ? AND platform = ?', [draftId, PLATFORM]);
      return row
        ? { draftId: row.draft_id, channelId: row.channel_id, messageId: row.message_id, postedAt: row.posted_at, renderedVersion: row.rendered_version }
        : null;
    },
    async unposted() {
      const rows = await db.all<{ id: number }>(
        `SELECT d.id FROM drafts d WHERE d.status = 'pending'
           AND NOT EXISTS (SELECT 1 FROM chat_posts p WHERE p.draft_id = d.id AND p.platform = ?) ORDER BY d.id`,
        [PLATFORM],
      );
      return rows.map((r) => r.id);
    },
    async save(post) {
      await db.transaction((tx) =>
        tx.run(
          `INSERT INTO chat_posts (draft_id, platform, channel_id, message_id, posted_at, rendered_version) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (draft_id, platform) DO UPDATE SET channel_id = excluded.channel_id, message_id = excluded.message_id,
             posted_at = excluded.posted_at, rendered_version = excluded.rendered_version`,
          [post.draftId, PLATFORM, post.channelId, post.messageId, post.postedAt, post.renderedVersion],
        ),
      );
    },
    async markRendered(draftId, version) {
      await db.transaction((tx) => tx.run('UPDATE chat_posts SET rendered_version = ? WHERE draft_id = ? AND platform = ?', [version, draftId, PLATFORM]));
    },
  };
}
