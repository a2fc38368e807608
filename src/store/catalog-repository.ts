import { z } from 'zod';
import { AgreementSchema, CoverageSchema, type Agreement, type Coverage } from '../core/catalog/agreement.js';
import { updateCatalogSnapshot, type CatalogSnapshot } from '../core/catalog/catalog-snapshot.js';
import { CatalogChangeSchema, type CatalogChange, type CatalogHistoryEntry } from './catalog/catalog-change.js';
import { agreementEntity, coverageEntity, splitAgreement } from './catalog/catalog-entities.js';
import { readAgreement, readAgreements, readCatalog } from './catalog/read-catalog.js';
import { readCatalogHistory } from './catalog/read-catalog-history.js';
import { readChangedAgreements } from './catalog/read-changed-agreements.js';
import { deleteEntity, writeEntity, type WriteOutcome } from './catalog/write-entity.js';
import type { Database } from './database.js';
import { StoreError } from './store-error.js';

export type { CatalogChange, CatalogHistoryEntry } from './catalog/catalog-change.js';
export type { WriteOutcome } from './catalog/write-entity.js';

/**
 * The catalog in SQLite. Reads return the cached snapshot until a write (here or by another
 * process) changes the file; then only the agreements written since are read again, and the new
 * snapshot shares the rest with the old one (so its text index is updated, not rebuilt). Writes take the transaction handle from `db.transaction(...)` and
 * append one catalog_history row per entity they change.
 */
export interface CatalogRepository {
  loadSnapshot(): Promise<CatalogSnapshot>;
  getAgreement(db: Database, id: number): Promise<Agreement | null>;
  /**
   * Inserts or replaces an agreement, coverage included: links not in `agreement.coverage` are
   * removed (and recorded). To add one link without touching the others, use addCoverage.
   */
  upsertAgreement(tx: Database, agreement: Agreement, change: CatalogChange): Promise<WriteOutcome>;
  /** Inserts a new agreement with the next id and a slug made unique ("paris-call-2"); returns it as stored. */
  addAgreement(tx: Database, agreement: Omit<Agreement, 'id'>, change: CatalogChange): Promise<Agreement>;
  /** Deletes an agreement and its coverage links, each recorded in the history (after = null). */
  removeAgreement(tx: Database, id: number, change: CatalogChange): Promise<boolean>;
  /** Adds (or updates) one coverage link of an existing agreement. */
  addCoverage(tx: Database, agreementId: number, coverage: Coverage, change: CatalogChange): Promise<WriteOutcome>;
  /** The id a new agreement gets; call in the same transaction as the insert. */
  nextAgreementId(tx: Database): Promise<number>;
  /** entity: 'agreement' | 'coverage' | 'element' | 'category' | 'gge-norm'; coverage ids are "12:5.7". */
  history(entity: string, id: string | number): Promise<CatalogHistoryEntry[]>;
  /** agreement id -> time of its last change, for changes on or after `since` (the first load of data/ excluded) */
  changedSince(since: string): Promise<Map<number, string>>;
}

export function createCatalogRepository(db: Database): CatalogRepository {
  let generation = 0;
  let cache: { generation: number; dataVersion: number; historyId: number; snapshot: CatalogSnapshot } | null = null;
  // concurrent callers (fifty questions at once) share one read instead of reading fifty catalogs
  let loading: { generation: number; dataVersion: number; snapshot: Promise<CatalogSnapshot> } | null = null;
  const dataVersion = async (conn: Database) => (await conn.get<{ data_version: number }>('PRAGMA data_version'))?.data_version ?? 0;

  /** The catalog as committed now: the last snapshot updated with the agreements changed since, or read whole. */
  const readFresh = () =>
    db.transaction(async (tx) => {
      const version = await dataVersion(tx);
      const previous = cache;
      const snapshot = (previous && (await readCatalogChanges(tx, previous.snapshot, previous.historyId))) ?? (await readCatalog(tx));
      return { snapshot, dataVersion: version, historyId: await lastHistoryId(tx) };
    });

  const checkChange = (tx: Database, change: CatalogChange) => {
    // An entity and its history row must commit together; a write outside a transaction could split them.
    if (!tx.isInTransaction) throw new StoreError('CATALOG_INVALID', 'catalog writes must run inside db.transaction(...); pass the transaction handle');
    const parsed = CatalogChangeSchema.safeParse(change);
    if (!parsed.success) throw new StoreError('CATALOG_INVALID', `a catalog change needs actor, source, at and action: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  };

  const upsertAgreement = async (tx: Database, agreement: Agreement, change: CatalogChange): Promise<WriteOutcome> => {
    const parsed = AgreementSchema.safeParse(agreement);
    if (!parsed.success) throw new StoreError('CATALOG_INVALID', `agreement ${agreement.id} is not valid: ${z.prettifyError(parsed.error)}`);
    const ch = checkChange(tx, change);
    const clash = await tx.get<{ id: number }>('SELECT id FROM agreements WHERE slug = ? AND id <> ?', [parsed.data.slug, parsed.data.id]);
    if (clash) throw new StoreError('CONFLICT', `slug "${parsed.data.slug}" is already used by agreement ${clash.id}; choose another slug`);
    generation += 1;
    const { facts, links } = splitAgreement(parsed.data);
    let outcome = await writeEntity(tx, agreementEntity, facts, ch);
    for (const link of links) {
      await checkElement(tx, link.element);
      const linkOutcome = await writeEntity(tx, coverageEntity, link, ch);
      if (outcome === 'unchanged' && linkOutcome !== 'unchanged') outcome = 'updated';
    }
    const kept = new Set(links.map((l) => l.element));
    const stale = await tx.all<Record<string, unknown>>('SELECT * FROM coverage WHERE agreement_id = ?', [parsed.data.id]);
    for (const row of stale.map((r) => coverageEntity.fromRow(r)).filter((l) => !kept.has(l.element))) {
      await deleteEntity(tx, coverageEntity, row, ch);
      if (outcome === 'unchanged') outcome = 'updated';
    }
    return outcome;
  };

  const addAgreement = async (tx: Database, agreement: Omit<Agreement, 'id'>, change: CatalogChange): Promise<Agreement> => {
    const id = await nextAgreementId(tx);
    const taken = new Set((await tx.all<{ slug: string }>('SELECT slug FROM agreements WHERE slug = ? OR slug LIKE ?', [agreement.slug, `${agreement.slug}-%`])).map((r) => r.slug));
    let slug = agreement.slug;
    for (let n = 2; taken.has(slug); n += 1) slug = `${agreement.slug}-${n}`;
    const stored = { ...agreement, id, slug };
    await upsertAgreement(tx, stored, change);
    return stored;
  };

  const addCoverage = async (tx: Database, agreementId: number, coverage: Coverage, change: CatalogChange): Promise<WriteOutcome> => {
    const parsed = CoverageSchema.safeParse(coverage);
    if (!parsed.success) throw new StoreError('CATALOG_INVALID', `coverage for agreement ${agreementId} is not valid: ${z.prettifyError(parsed.error)}`);
    const ch = checkChange(tx, change);
    const exists = await tx.get('SELECT 1 FROM agreements WHERE id = ?', [agreementId]);
    if (!exists) throw new StoreError('NOT_FOUND', `agreement ${agreementId} is not in the catalog; add it before linking elements to it`);
    await checkElement(tx, parsed.data.element);
    generation += 1;
    return writeEntity(tx, coverageEntity, { agreementId, ...parsed.data }, ch);
  };

  const removeAgreement = async (tx: Database, id: number, change: CatalogChange): Promise<boolean> => {
    const ch = checkChange(tx, change);
    const agreement = await readAgreement(tx, id);
    if (!agreement) return false;
    generation += 1;
    const { facts, links } = splitAgreement(agreement);
    for (const link of links) await deleteEntity(tx, coverageEntity, link, ch);
    return deleteEntity(tx, agreementEntity, facts, ch);
  };

  return {
    removeAgreement,
    async loadSnapshot() {
      const version = await dataVersion(db);
      if (cache && cache.generation === generation && cache.dataVersion === version) return cache.snapshot;
      // A transaction is open on the shared connection: its writes may yet be rolled back, so
      // answer from the last committed snapshot if there is one, and never cache what is read now.
      if (loading && loading.generation === generation && loading.dataVersion === version) return loading.snapshot;
      if (db.isInTransaction) return cache?.snapshot ?? readCatalog(db);
      const started = generation;
      const read = readFresh().then((fresh) => {
        if (generation === started) cache = { generation, ...fresh };
        return fresh.snapshot;
      });
      loading = { generation, dataVersion: version, snapshot: read };
      void read.finally(() => {
        if (loading?.snapshot === read) loading = null;
      }).catch(() => undefined);
      return read;
    },
    getAgreement: (conn, id) => readAgreement(conn, id),
    upsertAgreement,
    addCoverage,
    addAgreement,
    nextAgreementId,
    history: (entity, id) => readCatalogHistory(db, entity, String(id)),
    changedSince: (since) => readChangedAgreements(db, since),
  };
}

/** Agreements changed by more catalog writes than this since the last read: the whole catalog is read again. */
const MAX_INCREMENTAL = 500;

async function lastHistoryId(db: Database): Promise<number> {
  return (await db.get<{ id: number | null }>('SELECT MAX(id) AS id FROM catalog_history'))?.id ?? 0;
}

/**
 * `previous` updated with the catalog writes recorded in catalog_history after `sinceId` (every
 * catalog write appends its history row in the same transaction), or null when the whole catalog
 * must be read again: the taxonomy changed, too many agreements changed, or the count disagrees.
 */
async function readCatalogChanges(db: Database, previous: CatalogSnapshot, sinceId: number): Promise<CatalogSnapshot | null> {
  const rows = await db.all<{ entity: string; entity_id: string }>(
    'SELECT DISTINCT entity, entity_id FROM catalog_history WHERE id > ? LIMIT ?',
    [sinceId, MAX_INCREMENTAL + 1],
  );
  if (rows.length === 0) return previous;
  if (rows.length > MAX_INCREMENTAL || rows.some((r) => r.entity !== 'agreement' && r.entity !== 'coverage')) return null;
  const ids = [...new Set(rows.map((r) => Number(r.entity_id.split(':')[0])))];
  const upserted = await readAgreements(db, ids);
  const last = await db.get<{ at: string | null }>('SELECT MAX(at) AS at FROM catalog_history');
  const snapshot = updateCatalogSnapshot(previous, { upserted, removedIds: ids.filter((id) => !upserted.some((a) => a.id === id)), ...(last?.at ? { asOf: last.at } : {}) });
  const count = (await db.get<{ n: number }>('SELECT count(*) AS n FROM agreements'))?.n ?? -1;
  return count === snapshot.agreements.length ? snapshot : null;
}

async function nextAgreementId(tx: Database): Promise<number> {
  const row = await tx.get<{ next: number }>('SELECT COALESCE(MAX(id), 0) + 1 AS next FROM agreements');
  return row?.next ?? 1;
}

async function checkElement(tx: Database, elementId: string): Promise<void> {
  const row = await tx.get('SELECT 1 FROM norm_elements WHERE id = ?', [elementId]);
  if (!row) throw new StoreError('CATALOG_INVALID', `norm element "${elementId}" is not in the taxonomy; use an id from "normbot norms"`);
}
