import type { Database } from '../../store/database.js';
import type { Draft } from '../../core/moderation/draft.js';

const PLATFORM = 'slack';
const STATUS_RANK: Record<Draft['status'], number> = { pending: 0, approved: 1, rejected: 2, merged: 3 };
const STATUS_SQL = "CASE d.status WHEN 'pending' THEN 0 WHEN 'approved' THEN 1 WHEN 'rejected' THEN 2 ELSE 3 END";

/**
 * What a card showed when last rendered, kept in chat_posts.rendered_version: the draft version
 * and its status in one number (version * 10 + status rank), so a decision taken elsewhere
 * (Discord, terminal) is seen as a stale card even when it does not bump the version.
 */
export function cardStamp(draft: Pick<Draft, 'version' | 'status'>): number {
  return draft.version * 10 + STATUS_RANK[draft.status];
}

export interface CardPost {
  draftId: number;
  channel: string;
  ts: string;
  stamp: number;
}

export async function findCardPost(db: Database, draftId: number): Promise<CardPost | null> {
  const row = await db.get<{ channel_id: string; message_id: string; rendered_version: number }>(
    'SELECT channel_id, message_id, rendered_version FROM chat_posts WHERE draft_id = ? AND platform = ?',
    [draftId, PLATFORM],
  );
  return row ? { draftId, channel: row.channel_id, ts: row.message_id, stamp: row.rendered_version } : null;
}

export function saveCardPost(db: Database, post: CardPost, now: Date): Promise<void> {
  return db.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO chat_posts (draft_id, platform, channel_id, message_id, posted_at, rendered_version) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (draft_id, platform) DO UPDATE SET channel_id = excluded.channel_id, message_id = excluded.message_id, rendered_version = excluded.rendered_version`,
      [post.draftId, PLATFORM, post.channel, post.ts, now.toISOString(), post.stamp],
    );
  });
}

export function saveCardStamp(db: Database, draftId: number, stamp: number): Promise<void> {
  return db.transaction(async (tx) => {
    await tx.run('UPDATE chat_posts SET rendered_version = ? WHERE draft_id = ? AND platform = ?', [stamp, draftId, PLATFORM]);
  });
}

/** Pending drafts that have no Slack card yet, oldest first. */
export async function listUnpostedDrafts(db: Database): Promise<number[]> {
  const rows = await db.all<{ id: number }>(
    `SELECT d.id FROM drafts d LEFT JOIN chat_posts p ON p.draft_id = d.id AND p.platform = ?
     WHERE d.status = 'pending' AND p.draft_id IS NULL ORDER BY d.id`,
    [PLATFORM],
  );
  return rows.map((r) => r.id);
}

/** Cards whose draft changed (edit, decision) since they were rendered. */
export async function listStaleCards(db: Database): Promise<number[]> {
  const rows = await db.all<{ draft_id: number }>(
    `SELECT p.draft_id FROM chat_posts p JOIN drafts d ON d.id = p.draft_id
     WHERE p.platform = ? AND p.rendered_version <> d.version * 10 + ${STATUS_SQL} ORDER BY p.draft_id`,
    [PLATFORM],
  );
  return rows.map((r) => r.draft_id);
}
