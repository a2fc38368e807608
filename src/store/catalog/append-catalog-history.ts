import type { Database } from '../database.js';
import type { CatalogChange } from './catalog-change.js';

/** catalog_history is append-only: who changed which entity, when, from which source, before and after. */
export async function appendCatalogHistory(
  tx: Database,
  entry: { entity: string; entityId: string; before: unknown; after: unknown; change: CatalogChange },
): Promise<void> {
  const { change } = entry;
  await tx.run(
    'INSERT INTO catalog_history (at, actor, action, entity, entity_id, before_json, after_json, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [
      change.at,
      change.actor,
      change.action,
      entry.entity,
      entry.entityId,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
      change.source,
    ],
  );
}
