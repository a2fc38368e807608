import { parseKnowledgeBase } from '../core/knowledge-base/parse-knowledge-base.js';
import type { CatalogChange } from './catalog/catalog-change.js';
import { agreementEntity, categoryEntity, coverageEntity, elementEntity, ggeNormEntity, splitAgreement, type EntityDefinition } from './catalog/catalog-entities.js';
import { readSeedFiles, type SeedFiles } from './catalog/read-seed-files.js';
import { readEntity, writeEntity } from './catalog/write-entity.js';
import type { Database } from './database.js';
import { StoreError } from './store-error.js';

export const SEED_ACTOR = 'seed';
const SEED_NAME = 'catalog';

export interface SeedResult {
  /** true when data/ was unchanged since the last seed */
  skipped: boolean;
  hash: string;
  created: number;
  updated: number;
  /** rows a moderator changed, left as they are although data/ differs */
  kept: number;
}

/**
 * Seeds the catalog from data/, idempotently: inserts what is missing, refreshes rows only the
 * seed ever wrote, and never overwrites a row a moderator changed. One history row per change.
 */
export async function seedCatalog(db: Database, dataDir: string, now: Date): Promise<SeedResult> {
  let files: SeedFiles;
  try {
    files = await readSeedFiles(dataDir);
  } catch (cause) {
    throw new StoreError('SEED_INVALID', `cannot read the knowledge base in ${dataDir}; set NORMBOT_DATA_DIR to the folder holding taxonomy.json and agreements/`, cause);
  }
  const result: SeedResult = { skipped: true, hash: files.hash, created: 0, updated: 0, kept: 0 };
  if ((await readSeedHash(db)) === files.hash) return result;
  const kb = parseSeedFiles(files);
  return db.transaction(async (tx) => {
    // Another process may have seeded while we parsed.
    if ((await readSeedHash(tx)) === files.hash) return result;
    result.skipped = false;
    const at = now.toISOString();
    const seedOne = async <T>(def: EntityDefinition<T>, value: T, source: string) => {
      const outcome = await seedEntity(tx, def, value, { actor: SEED_ACTOR, source, at, action: 'seed' });
      if (outcome !== 'unchanged') result[outcome] += 1;
    };
    for (const c of kb.taxonomy.categories) await seedOne(categoryEntity, c, files.taxonomy.name);
    const element = elementEntity((e) => kb.taxonomy.elements.findIndex((x) => x.id === e.id));
    for (const e of kb.taxonomy.elements) await seedOne(element, e, files.taxonomy.name);
    for (const n of kb.ggeNorms) await seedOne(ggeNormEntity, n, files.ggeNorms.name);
    for (const a of kb.agreements) {
      const source = kb.sources.get(a.id) ?? 'data/agreements';
      const { facts, links } = splitAgreement(a);
      await seedOne(agreementEntity, facts, source);
      for (const link of links) await seedOne(coverageEntity, link, source);
    }
    await tx.run(
      'INSERT INTO seed_state (name, content_hash, seeded_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET content_hash = excluded.content_hash, seeded_at = excluded.seeded_at',
      [SEED_NAME, files.hash, at],
    );
    return result;
  });
}

async function seedEntity<T>(tx: Database, def: EntityDefinition<T>, value: T, change: CatalogChange): Promise<'created' | 'updated' | 'kept' | 'unchanged'> {
  const existing = await readEntity(tx, def, def.key(value));
  if (existing === null) {
    await writeEntity(tx, def, value, { ...change, action: 'seed-insert' });
    return 'created';
  }
  if (JSON.stringify(existing) === JSON.stringify(def.fromRow(def.toRow(value)))) return 'unchanged';
  const last = await tx.get<{ actor: string }>('SELECT actor FROM catalog_history WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1', [
    def.entity,
    def.entityId(value),
  ]);
  // Only rows whose last writer was the seed follow data/; anything a person touched stays theirs.
  if (last?.actor !== SEED_ACTOR) return 'kept';
  const outcome = await writeEntity(tx, def, value, { ...change, action: 'seed-update' });
  return outcome === 'unchanged' ? 'unchanged' : 'updated';
}

async function readSeedHash(db: Database): Promise<string | undefined> {
  return (await db.get<{ content_hash: string }>('SELECT content_hash FROM seed_state WHERE name = ?', [SEED_NAME]))?.content_hash;
}

/** The files of data/ parsed and validated, with the file each agreement came from. */
export function parseSeedFiles(files: SeedFiles) {
  const json = (f: { name: string; text: string }): unknown => {
    try {
      return JSON.parse(f.text);
    } catch (cause) {
      throw new StoreError('SEED_INVALID', `${f.name} is not valid JSON; fix the file and start again`, cause);
    }
  };
  const agreements = files.agreements.map((f) => ({ name: f.name, json: json(f) }));
  try {
    const kb = parseKnowledgeBase({ taxonomy: json(files.taxonomy), ggeNorms: json(files.ggeNorms), agreements });
    const sources = new Map<number, string>();
    for (const f of agreements) sources.set((f.json as { id: number }).id, f.name);
    return { ...kb, sources };
  } catch (cause) {
    if (cause instanceof StoreError) throw cause;
    throw new StoreError('SEED_INVALID', `the knowledge base in data/ is not valid: ${cause instanceof Error ? cause.message : String(cause)}`, cause);
  }
}
