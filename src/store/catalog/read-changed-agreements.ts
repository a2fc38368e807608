import type { Database } from '../database.js';

/**
 * Agreements whose record or coverage links changed on or after `since` (ISO date or time), with
 * the time of their last change. Loading the shipped data into a new store ('seed-insert') is not
 * a change: when a shipped agreement entered the BPF's dataset is its dataset entry's business.
 */
export async function readChangedAgreements(db: Database, since: string): Promise<Map<number, string>> {
  const rows = await db.all<{ entity: string; entity_id: string; at: string }>(
    "SELECT entity, entity_id, MAX(at) AS at FROM catalog_history WHERE at >= ? AND action <> 'seed-insert' AND entity IN ('agreement', 'coverage') GROUP BY entity, entity_id",
    [since],
  );
  const changed = new Map<number, string>();
  for (const r of rows) {
    const id = Number(r.entity_id.split(':')[0]);
    if (!Number.isInteger(id)) continue;
    if ((changed.get(id) ?? '') < r.at) changed.set(id, r.at);
  }
  return changed;
}
