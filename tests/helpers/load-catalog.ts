import path from 'node:path';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../src/core/catalog/catalog-snapshot.js';
import { readKnowledgeBase } from '../../src/store/read-knowledge-base.js';

const dataDir = path.resolve(import.meta.dirname, '../../data');

/** The real shipped knowledge base (data/) as a snapshot, for tests that answer real questions. */
export async function loadCatalog(dir = dataDir): Promise<CatalogSnapshot> {
  const kb = await readKnowledgeBase(dir);
  return buildCatalogSnapshot({ agreements: kb.agreements, categories: kb.taxonomy.categories, elements: kb.taxonomy.elements, ggeNorms: kb.ggeNorms });
}
