import { z } from 'zod';
import { ActorSchema } from '../core/moderation/draft.js';
import { UnsortedItemSchema, UnsortedPayloadSchema, type NewUnsortedItem, type UnsortedItem } from '../core/unsorted/unsorted-item.js';
import type { UnsortedRepository } from '../core/unsorted/unsorted-repository.js';
import type { Database } from './database.js';
import { StoreError } from './store-error.js';

interface Row {
  id: number;
  status: string;
  reason: string;
  payload_json: string;
  revision: number;
  created_at: string;
  resolved_by_json: string | null;
  resolved_at: string | null;
  resolution: string | null;
  draft_ids_json: string;
}

/** A row as the core's item, checked: a corrupt row is a clear error, not a wrong card. */
function itemFromRow(r: Row): UnsortedItem {
  const parsed = UnsortedItemSchema.safeParse({
    id: r.id,
    status: r.status,
    reason: r.reason,
    payload: JSON.parse(r.payload_json) as unknown,
    revision: r.revision,
    createdAt: r.created_at,
    resolvedBy: r.resolved_by_json === null ? null : (JSON.parse(r.resolved_by_json) as unknown),
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
    draftIds: JSON.parse(r.draft_ids_json) as unknown,
  });
  if (!parsed.success) throw new StoreError('DB_QUERY_FAILED', `unsorted_items row ${r.id} is not a valid item: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Adds items to the "needs a look" queue, with one statement whatever their number (intake adds a
 * commit group's at once). Returns, in the order given, each new item's id, or the existing one's
 * when its dedupe key was added before. Call in a transaction.
 */
export async function insertUnsortedItems(db: Database, items: readonly NewUnsortedItem[], at: string): Promise<Array<{ id: number; added: boolean }>> {
  if (items.length === 0) return [];
  const rows = items.map((item) => {
    const payload = UnsortedPayloadSchema.parse(item.payload);
    return { key: item.dedupeKey, kind: payload.kind, reason: item.reason, payload: JSON.stringify(payload) };
  });
  const added = await db.allPrepared<{ id: number; dedupe_key: string }>(
    `INSERT OR IGNORE INTO unsorted_items (dedupe_key, kind, status, reason, payload_json, created_at)
     SELECT value ->> 'key', value ->> 'kind', 'open', value ->> 'reason', value ->> 'payload', ? FROM json_each(?) ORDER BY key
     RETURNING id, dedupe_key`,
    [at, JSON.stringify(rows)],
  );
  const ids = new Map(added.map((a) => [a.dedupe_key, { id: a.id, added: true }]));
  for (const r of rows) {
    if (ids.has(r.key)) continue;
    const existing = await db.get<{ id: number }>('SELECT id FROM unsorted_items WHERE dedupe_key = ?', [r.key]);
    ids.set(r.key, { id: existing?.id ?? 0, added: false });
  }
  // a key given twice is added once: the later copies are the first one's
  return rows.map((r, i) => (rows.findIndex((o) => o.key === r.key) === i ? ids.get(r.key)! : { ...ids.get(r.key)!, added: false }));
}

/** The "needs a look" queue in SQLite (unsorted_items, migration 16); writes take the transaction handle. */
export function createUnsortedRepository(db: Database): UnsortedRepository {
  return {
    async get(itemId) {
      const row = await db.get<Row>('SELECT * FROM unsorted_items WHERE id = ?', [itemId]);
      return row ? itemFromRow(row) : null;
    },
    async list(filter = {}) {
      const rows = filter.status
        ? await db.all<Row>('SELECT * FROM unsorted_items WHERE status = ? ORDER BY created_at, id', [filter.status])
        : await db.all<Row>('SELECT * FROM unsorted_items ORDER BY created_at, id');
      return rows.map(itemFromRow);
    },
    async add(item, at) {
      return (await insertUnsortedItems(db, [item], at))[0]!;
    },
    async resolve(itemId, r) {
      const res = await db.run(
        `UPDATE unsorted_items SET status = ?, resolved_by_json = ?, resolved_at = ?, resolution = ?, draft_ids_json = ?, revision = revision + 1
         WHERE id = ? AND status = 'open'`,
        [r.status, JSON.stringify(ActorSchema.parse(r.actor)), r.at, r.resolution, JSON.stringify(r.draftIds), itemId],
      );
      return res.changes === 1;
    },
  };
}
