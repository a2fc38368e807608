import { AgreementSchema, type Agreement } from '../../core/catalog/agreement.js';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Database } from '../database.js';
import { agreementEntity, categoryEntity, coverageEntity, elementEntity, ggeNormEntity, type CoverageLink } from './catalog-entities.js';

type Row = Record<string, unknown>;

/**
 * Reads the whole catalog into the in-memory read model; coverage in taxonomy order. `withoutQuotes`
 * leaves each coverage link's evidence and source out (replaced by that text), for a catalog kept
 * small (catalog-cache.ts) that reads them later for the agreements it shows.
 */
export async function readCatalog(db: Database, opts: { withoutQuotes?: string } = {}): Promise<CatalogSnapshot> {
  const element = elementEntity(() => 0);
  const coverage = opts.withoutQuotes === undefined ? 'c.*' : 'c.agreement_id, c.element_id, $quote AS evidence, $quote AS source, c.status, c.provenance_json';
  const [categories, elements, ggeNorms, agreementRows, coverageRows] = await Promise.all([
    db.all<Row>('SELECT * FROM categories ORDER BY id'),
    db.all<Row>('SELECT * FROM norm_elements ORDER BY position'),
    db.all<Row>('SELECT * FROM gge_norms ORDER BY id'),
    db.all<Row>('SELECT * FROM agreements ORDER BY id'),
    db.all<Row>(`SELECT ${coverage} FROM coverage c JOIN norm_elements e ON e.id = c.element_id ORDER BY c.agreement_id, e.position`, opts.withoutQuotes === undefined ? [] : { $quote: opts.withoutQuotes }),
  ]);
  return buildCatalogSnapshot({
    agreements: toAgreements(agreementRows, coverageRows),
    categories: categories.map((r) => categoryEntity.fromRow(r)),
    elements: elements.map((r) => element.fromRow(r)),
    ggeNorms: ggeNorms.map((r) => ggeNormEntity.fromRow(r)),
  });
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

/** Agreement rows and their coverage rows (ordered by agreement, then taxonomy) as agreements. */
function toAgreements(agreementRows: readonly Row[], coverageRows: readonly Row[]): Agreement[] {
  const linksByAgreement = new Map<number, CoverageLink[]>();
  for (const row of coverageRows) {
    const link = coverageEntity.fromRow(row);
    const list = linksByAgreement.get(link.agreementId) ?? [];
    list.push(link);
    linksByAgreement.set(link.agreementId, list);
  }
  return agreementRows.map((row) => {
    const facts = agreementEntity.fromRow(row);
    const coverage = (linksByAgreement.get(facts.id) ?? []).map(({ agreementId: _, ...c }) => c);
    return AgreementSchema.parse({ ...facts, coverage });
  });
}

/** One agreement with its coverage, or null. */
export async function readAgreement(db: Database, id: number): Promise<Agreement | null> {
  const row = await db.get<Row>('SELECT * FROM agreements WHERE id = ?', [id]);
  if (!row) return null;
  const links = await db.all<Row>(
    'SELECT c.* FROM coverage c JOIN norm_elements e ON e.id = c.element_id WHERE c.agreement_id = ? ORDER BY e.position',
    [id],
  );
  const coverage = links.map((l) => {
    const { agreementId: _, ...c } = coverageEntity.fromRow(l);
    return c;
  });
  return AgreementSchema.parse({ ...agreementEntity.fromRow(row), coverage });
}
