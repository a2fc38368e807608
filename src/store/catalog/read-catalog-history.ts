import type { Database } from '../database.js';
import { CatalogHistoryEntrySchema, type CatalogHistoryEntry } from './catalog-change.js';

interface HistoryRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  source: string;
}

/** Every change to one entity, oldest first. */
export async function readCatalogHistory(db: Database, entity: string, entityId: string): Promise<CatalogHistoryEntry[]> {
  const rows = await db.all<HistoryRow>('SELECT * FROM catalog_history WHERE entity = ? AND entity_id = ? ORDER BY id', [entity, entityId]);
  return rows.map((r) =>
    CatalogHistoryEntrySchema.parse({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before_json === null ? null : JSON.parse(r.before_json),
      after: r.after_json === null ? null : JSON.parse(r.after_json),
      source: r.source,
    }),
  );
}
