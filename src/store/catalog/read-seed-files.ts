import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface SeedFile {
  /** as recorded in history: "data/agreements/22-paris-call.json" */
  name: string;
  text: string;
}

export interface SeedFiles {
  taxonomy: SeedFile;
  ggeNorms: SeedFile;
  agreements: SeedFile[];
  /** sha256 over every file's name and bytes: unchanged data/ means nothing to seed */
  hash: string;
}

/** Reads data/ as text, without parsing, so an unchanged knowledge base costs one hash. */
export async function readSeedFiles(dataDir: string): Promise<SeedFiles> {
  const read = async (rel: string): Promise<SeedFile> => ({ name: `data/${rel}`, text: await fs.readFile(path.join(dataDir, rel), 'utf8') });
  const names = (await fs.readdir(path.join(dataDir, 'agreements'))).filter((n) => n.endsWith('.json')).sort();
  const [taxonomy, ggeNorms, ...agreements] = await Promise.all([
    read('taxonomy.json'),
    read('gge-2015-norms.json'),
    ...names.map((n) => read(`agreements/${n}`)),
  ]);
  const hash = createHash('sha256');
  for (const f of [taxonomy!, ggeNorms!, ...agreements]) hash.update(f.name).update('\0').update(f.text).update('\0');
  return { taxonomy: taxonomy!, ggeNorms: ggeNorms!, agreements, hash: hash.digest('hex') };
}
