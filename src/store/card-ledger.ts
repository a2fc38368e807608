import type { CardLedger, CardPlatform, CardPost } from '../core/desk/card-ledger.js';
import type { CardSubject } from '../core/desk/card-subject.js';
import { UNDO_STAMP_MARK } from '../core/desk/desk-card.js';
import type { Database } from './database.js';

interface Row {
  subject_kind: CardSubject['kind'];
  subject_id: number;
  platform: CardPlatform;
  channel_id: string;
  message_id: string;
  thread_id: string | null;
  posted_at: string;
  stamp: string;
}

/** Each subject kind's table and what makes it "open" (worth a card when it has none). */
const SUBJECTS = [
  { kind: 'draft', table: 'drafts', open: "status = 'pending'" },
  { kind: 'unsorted', table: 'unsorted_items', open: "status = 'open'" },
] as const;

const subjectOf = (r: { kind: CardSubject['kind']; id: number }): CardSubject => ({ kind: r.kind, id: r.id });

/**
 * The card ledger in SQLite (card_posts, migration 6). A card is a candidate for redrawing when
 * its stamp does not start with the subject's revision, or when it was drawn with an Undo button
 * (the window may have closed); the publisher compares exact stamps (core/desk/desk-card.ts).
 */
export function createCardLedger(db: Database): CardLedger {
  return {
    async get(platform, subject) {
      const r = await db.get<Row>('SELECT * FROM card_posts WHERE subject_kind = ? AND subject_id = ? AND platform = ?', [subject.kind, subject.id, platform]);
      return r
        ? { subject, platform, channelId: r.channel_id, messageId: r.message_id, threadId: r.thread_id, postedAt: r.posted_at, stamp: r.stamp }
        : null;
    },
    async unposted(platform) {
      const union = SUBJECTS.map(
        (s) => `SELECT '${s.kind}' AS kind, id, created_at FROM ${s.table} WHERE ${s.open}
               AND NOT EXISTS (SELECT 1 FROM card_posts p WHERE p.subject_kind = '${s.kind}' AND p.subject_id = ${s.table}.id AND p.platform = ?)`,
      ).join(' UNION ALL ');
      const rows = await db.all<{ kind: CardSubject['kind']; id: number }>(`${union} ORDER BY created_at, id`, SUBJECTS.map(() => platform));
      return rows.map(subjectOf);
    },
    async stale(platform) {
      const union = SUBJECTS.map(
        (s) => `SELECT p.subject_kind AS kind, p.subject_id AS id FROM card_posts p JOIN ${s.table} t ON t.id = p.subject_id
               WHERE p.platform = ? AND p.subject_kind = '${s.kind}'
                 AND (p.stamp NOT IN (CAST(t.revision AS TEXT), t.revision || '${UNDO_STAMP_MARK}') OR p.stamp LIKE '%${UNDO_STAMP_MARK}')`,
      ).join(' UNION ALL ');
      const rows = await db.all<{ kind: CardSubject['kind']; id: number }>(`${union} ORDER BY id`, SUBJECTS.map(() => platform));
      return rows.map(subjectOf);
    },
    async save(post: CardPost) {
      await db.transaction((tx) =>
        tx.run(
          `INSERT INTO card_posts (subject_kind, subject_id, platform, channel_id, message_id, thread_id, posted_at, stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (subject_kind, subject_id, platform) DO UPDATE SET channel_id = excluded.channel_id, message_id = excluded.message_id,
             thread_id = excluded.thread_id, stamp = excluded.stamp`,
          [post.subject.kind, post.subject.id, post.platform, post.channelId, post.messageId, post.threadId, post.postedAt, post.stamp],
        ),
      );
    },
    async markDrawn(platform, subject, stamp) {
      await db.transaction((tx) => tx.run('UPDATE card_posts SET stamp = ? WHERE subject_kind = ? AND subject_id = ? AND platform = ?', [stamp, subject.kind, subject.id, platform]));
    },
  };
}
