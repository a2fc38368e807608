import type { Database, SqlValue } from '../database.js';
import { appendCatalogHistory } from './append-catalog-history.js';
import type { CatalogChange } from './catalog-change.js';
import type { EntityDefinition } from './catalog-entities.js';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

/** The stored value of one entity, or null. */
export async function readEntity<T>(db: Database, def: EntityDefinition<T>, key: SqlValue[]): Promise<T | null> {
  const where = def.keyColumns.map((c) => `${c} = ?`).join(' AND ');
  const row = await db.get<Record<string, unknown>>(`SELECT * FROM ${def.table} WHERE ${where}`, key);
  return row ? def.fromRow(row) : null;
}

/**
 * Inserts or updates one entity and appends its catalog_history row (before/after JSON).
 * A write that changes nothing leaves no history. Call inside `db.transaction`.
 */
export async function writeEntity<T>(tx: Database, def: EntityDefinition<T>, value: T, change: CatalogChange): Promise<WriteOutcome> {
  const row = def.toRow(value);
  // Round-trip through the row so before and after compare field for field, whatever the key order.
  const after = def.fromRow(row);
  const before = await readEntity(tx, def, def.key(value));
  if (before !== null && JSON.stringify(before) === JSON.stringify(after)) return 'unchanged';
  const columns = Object.keys(row);
  if (before === null) {
    await tx.run(
      `INSERT INTO ${def.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      columns.map((c) => row[c] ?? null),
    );
  } else {
    const set = columns.filter((c) => !def.keyColumns.includes(c));
    await tx.run(
      `UPDATE ${def.table} SET ${set.map((c) => `${c} = ?`).join(', ')} WHERE ${def.keyColumns.map((c) => `${c} = ?`).join(' AND ')}`,
      [...set.map((c) => row[c] ?? null), ...def.key(value)],
    );
  }
  await appendCatalogHistory(tx, { entity: def.entity, entityId: def.entityId(value), before, after, change });
  return before === null ? 'created' : 'updated';
}

/** Deletes one entity and records it (after = null); false when it was not there. */
export async function deleteEntity<T>(tx: Database, def: EntityDefinition<T>, value: T, change: CatalogChange): Promise<boolean> {
  const before = await readEntity(tx, def, def.key(value));
  if (before === null) return false;
  await tx.run(`DELETE FROM ${def.table} WHERE ${def.keyColumns.map((c) => `${c} = ?`).join(' AND ')}`, def.key(value));
  await appendCatalogHistory(tx, { entity: def.entity, entityId: def.entityId(value), before, after: null, change });
  return true;
}
