import fs from 'node:fs/promises';
import path from 'node:path';
import { parseKnowledgeBase, type KnowledgeBase } from '../core/knowledge-base/parse-knowledge-base.js';

/** Reads and validates data/ (taxonomy, GGE norms, one file per agreement). */
export async function readKnowledgeBase(dataDir: string): Promise<KnowledgeBase> {
  const readJson = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
  const agreementDir = path.join(dataDir, 'agreements');
  const names = (await fs.readdir(agreementDir)).filter((n) => n.endsWith('.json')).sort();
  return parseKnowledgeBase({
    taxonomy: await readJson(path.join(dataDir, 'taxonomy.json')),
    ggeNorms: await readJson(path.join(dataDir, 'gge-2015-norms.json')),
    agreements: await Promise.all(names.map(async (n) => ({ name: `data/agreements/${n}`, json: await readJson(path.join(agreementDir, n)) }))),
  });
}
