import { AgreementSchema, type Agreement } from '../../core/catalog/agreement.js';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Database } from '../database.js';
import { agreementEntity, categoryEntity, coverageEntity, elementEntity, ggeNormEntity, type CoverageLink } from './catalog-entities.js';

type Row = Record<string, unknown>;

/** Reads the whole catalog into the in-memory read model; coverage in taxonomy order. */
export async function readCatalog(db: Database): Promise<CatalogSnapshot> {
  const element = elementEntity(() => 0);
  const [categories, elements, ggeNorms, agreementRows, coverageRows, last] = await Promise.all([
    db.all<Row>('SELECT * FROM categories ORDER BY id'),
    db.all<Row>('SELECT * FROM norm_elements ORDER BY position'),
    db.all<Row>('SELECT * FROM gge_norms ORDER BY id'),
    db.all<Row>('SELECT * FROM agreements ORDER BY id'),
    db.all<Row>('SELECT c.* FROM coverage c JOIN norm_elements e ON e.id = c.element_id ORDER BY c.agreement_id, e.position'),
    db.get<{ at: string | null }>('SELECT MAX(at) AS at FROM catalog_history'),
  ]);
  const linksByAgreement = new Map<number, CoverageLink[]>();
  for (const row of coverageRows) {
    const link = coverageEntity.fromRow(row);
    const list = linksByAgreement.get(link.agreementId) ?? [];
    list.push(link);
    linksByAgreement.set(link.agreementId, list);
  }
  const agreements: Agreement[] = agreementRows.map((row) => {
    const facts = agreementEntity.fromRow(row);
    const coverage = (linksByAgreement.get(facts.id) ?? []).map(({ agreementId: _, ...c }) => c);
    return AgreementSchema.parse({ ...facts, coverage });
  });
  return buildCatalogSnapshot({
    agreements,
    categories: categories.map((r) => categoryEntity.fromRow(r)),
    elements: elements.map((r) => element.fromRow(r)),
    ggeNorms: ggeNorms.map((r) => ggeNormEntity.fromRow(r)),
    ...(last?.at ? { asOf: last.at } : {}),
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
