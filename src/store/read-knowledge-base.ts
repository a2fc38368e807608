import type { KnowledgeBase } from '../core/knowledge-base/parse-knowledge-base.js';
import { readSeedFiles } from './catalog/read-seed-files.js';
import { parseSeedFiles } from './seed-catalog.js';

/** Reads and validates data/ (taxonomy, GGE norms, one file per agreement), as seeding does. */
export async function readKnowledgeBase(dataDir: string): Promise<KnowledgeBase> {
  const { taxonomy, ggeNorms, agreements } = parseSeedFiles(await readSeedFiles(dataDir));
  return { taxonomy, ggeNorms, agreements };
}
