import { z } from 'zod';
import { FeedbackSchema, type Feedback, type FeedbackStore, type NewFeedback } from '../core/feedback/feedback.js';
import type { Database } from './database.js';

const FeedbackRowSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  verdict: z.string(),
  comment: z.string(),
  platform: z.string(),
  actor_id: z.string(),
  conversation: z.string(),
  turn_id: z.string(),
  question: z.string(),
  context_json: z.string(),
  read_as: z.string(),
  reading_json: z.string().nullable(),
  intent: z.string(),
  agreements_json: z.string(),
});

/** Feedback in SQLite (table `feedback`, migration 8). */
export function createFeedbackRepository(db: Database): FeedbackStore {
  const byKey = (tx: Database, f: NewFeedback) => tx.get<unknown>('SELECT * FROM feedback WHERE platform = ? AND actor_id = ? AND conversation = ? AND turn_id = ?', [f.platform, f.actorId, f.conversation, f.turnId]);
  return {
    record: async (f) => {
      const row = await db.transaction(async (tx) => {
        await tx.run(
          `INSERT INTO feedback (at, verdict, comment, platform, actor_id, conversation, turn_id, question, context_json, read_as, reading_json, intent, agreements_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (platform, actor_id, conversation, turn_id) DO UPDATE SET at = excluded.at, verdict = excluded.verdict, comment = excluded.comment`,
          [f.at, f.verdict, f.comment, f.platform, f.actorId, f.conversation, f.turnId, f.question, JSON.stringify(f.context), f.readAs, f.reading === null ? null : JSON.stringify(f.reading), f.intent, JSON.stringify(f.agreements)],
        );
        return byKey(tx, f);
      });
      return fromRow(row);
    },
    list: async () => (await db.all<unknown>('SELECT * FROM feedback ORDER BY at DESC, id DESC')).map(fromRow),
  };
}

function fromRow(raw: unknown): Feedback {
  const r = FeedbackRowSchema.parse(raw);
  return FeedbackSchema.parse({
    id: r.id,
    at: r.at,
    verdict: r.verdict,
    comment: r.comment,
    platform: r.platform,
    actorId: r.actor_id,
    conversation: r.conversation,
    turnId: r.turn_id,
    question: r.question,
    context: JSON.parse(r.context_json),
    readAs: r.read_as,
    reading: r.reading_json === null ? null : JSON.parse(r.reading_json),
    intent: r.intent,
    agreements: JSON.parse(r.agreements_json),
  });
}
