import { AgreementSchema, CoverageSchema, type Agreement, type Coverage } from '../../core/catalog/agreement.js';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Database } from '../database.js';
import { agreementFieldsOf, categoryEntity, coverageFieldsOf, elementEntity, ggeNormEntity } from './catalog-entities.js';

type Row = Record<string, unknown>;

const READ_PAGE = 250;

/**
 * Reads the whole catalog into the in-memory read model; coverage in taxonomy order. `withoutQuotes`
 * leaves each coverage link's evidence and source out (replaced by that text), for a catalog kept
 * small (catalog-cache.ts) that reads them later for the agreements it shows.
 */
export async function readCatalog(db: Database, opts: { withoutQuotes?: string } = {}): Promise<CatalogSnapshot> {
  const element = elementEntity(() => 0);
  const [categories, elements, ggeNorms, last] = await Promise.all([
    db.all<Row>('SELECT * FROM categories ORDER BY id'),
    db.all<Row>('SELECT * FROM norm_elements ORDER BY position'),
    db.all<Row>('SELECT * FROM gge_norms ORDER BY id'),
    db.get<{ at: string | null }>('SELECT MAX(at) AS at FROM catalog_history'),
  ]);
  const coverage = opts.withoutQuotes === undefined ? 'c.*' : 'c.agreement_id, c.element_id, $quote AS evidence, c.evidence_kind, c.locator, $quote AS source, c.status, c.provenance_json';
  const agreements: Agreement[] = [];
  const seen = new Map<string, string>();
  // a page at a time: the driver holds a query's rows twice (native, then JavaScript), and the
  // native memory of 10,000 agreements read at once was never given back. Pages of 250, not 1,000:
  // each is built in a thread pool thread whose malloc arena keeps its high-water mark (a bot over
  // 10,000 agreements: 20 MB less resident, no more CPU)
  for (let after = -1; ; ) {
    const rows = await db.all<Row>('SELECT * FROM agreements WHERE id > $after ORDER BY id LIMIT $page', { $after: after, $page: READ_PAGE });
    if (rows.length === 0) break;
    const last = Number(rows[rows.length - 1]!.id);
    const links = await db.all<Row>(
      `SELECT ${coverage} FROM coverage c JOIN norm_elements e ON e.id = c.element_id WHERE c.agreement_id > $after AND c.agreement_id <= $last ORDER BY c.agreement_id, e.position`,
      { $after: after, $last: last, ...(opts.withoutQuotes === undefined ? {} : { $quote: opts.withoutQuotes }) },
    );
    for (const a of toAgreements(rows, links)) agreements.push(internStrings(a, seen));
    after = last;
  }
  return buildCatalogSnapshot({
    agreements,
    categories: categories.map((r) => categoryEntity.fromRow(r)),
    elements: elements.map((r) => element.fromRow(r)),
    ggeNorms: ggeNorms.map((r) => ggeNormEntity.fromRow(r)),
    ...(last?.at ? { asOf: last.at } : {}),
  });
}

/** Strings up to this long are shared; longer ones (quotes, notes) rarely repeat. */
const INTERNED_MAX = 120;

/**
 * The value with each of its short strings replaced by the first equal one `seen`: SQLite gives
 * every row its own copies, and ten thousand agreements repeat the same statuses, kinds, dates,
 * element ids and addresses (a third of the catalog's strings). Changes `value` in place.
 */
function internStrings<T>(value: T, seen: Map<string, string>): T {
  if (typeof value === 'string') {
    if (value.length > INTERNED_MAX) return value;
    const first = seen.get(value);
    if (first !== undefined) return first as T;
    seen.set(value, value);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const fields = value as Record<string, unknown>;
  // equal strings compare equal: assign every string, to keep the shared one
  for (const key in fields) {
    const v = fields[key];
    if (typeof v === 'string') fields[key] = internStrings(v, seen);
    else if (typeof v === 'object' && v !== null) internStrings(v, seen);
  }
  return value;
}

/** The agreements with these ids that exist, with their coverage; the others were removed. */
export async function readAgreements(db: Database, ids: readonly number[]): Promise<Agreement[]> {
  if (ids.length === 0) return [];
  const list = ids.map(() => '?').join(', ');
  const [agreementRows, coverageRows] = await Promise.all([
    db.all<Row>(`SELECT * FROM agreements WHERE id IN (${list}) ORDER BY id`, [...ids]),
    db.all<Row>(`SELECT c.* FROM coverage c JOIN norm_elements e ON e.id = c.element_id WHERE c.agreement_id IN (${list}) ORDER BY c.agreement_id, e.position`, [...ids]),
  ]);
  return toAgreements(agreementRows, coverageRows);
}

/**
 * The coverage links of the agreements with these ids, by agreement id, in taxonomy order: what a
 * lean catalog reads for the agreements an answer shows. Only the links are checked, not whole
 * agreements: a first parse of the agreement schema alone costs a one-shot command about 20 ms.
 */
export async function readCoverage(db: Database, ids: readonly number[]): Promise<Map<number, Coverage[]>> {
  const byAgreement = new Map<number, Coverage[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byAgreement;
  const rows = await db.all<Row>(
    `SELECT c.* FROM coverage c JOIN norm_elements e ON e.id = c.element_id WHERE c.agreement_id IN (${ids.map(() => '?').join(', ')}) ORDER BY c.agreement_id, e.position`,
    [...ids],
  );
  for (const row of rows) byAgreement.get(Number(row.agreement_id))?.push(CoverageSchema.parse(coverageFieldsOf(row)));
  return byAgreement;
}

/** Agreement rows and their coverage rows (ordered by agreement, then taxonomy) as agreements, each checked once. */
function toAgreements(agreementRows: readonly Row[], coverageRows: readonly Row[]): Agreement[] {
  const linksByAgreement = new Map<number, Array<Record<string, unknown>>>();
  for (const row of coverageRows) {
    const id = Number(row.agreement_id);
    const list = linksByAgreement.get(id) ?? [];
    list.push(coverageFieldsOf(row));
    linksByAgreement.set(id, list);
  }
  return agreementRows.map((row) => AgreementSchema.parse({ ...agreementFieldsOf(row), coverage: linksByAgreement.get(Number(row.id)) ?? [] }));
}

/** One agreement with its coverage, or null. */
export async function readAgreement(db: Database, id: number): Promise<Agreement | null> {
  return (await readAgreements(db, [id]))[0] ?? null;
}
