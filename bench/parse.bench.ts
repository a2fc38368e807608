import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { buildCatalogSnapshot } from '../src/core/catalog/catalog-snapshot.js';
import { parseEmail } from '../src/intake/parse/parse-email.js';
import { packageRoot } from '../src/store/package-root.js';
import { readKnowledgeBase } from '../src/store/read-knowledge-base.js';

/** Fixtures per kind of mail a contributor sends; all are committed under tests/fixtures/mail. */
const CASES: ReadonlyArray<readonly [string, string]> = [
  ['inline text (seed)', 'seed-aspi-inline.eml'],
  ['HTML table', 'table-several.eml'],
  ['.docx attachment', 'seed-aspi-docx.eml'],
  ['PDF attachment', 'pdf-attachment.eml'],
];
const MIN_MS = 1_500;
const MIN_RUNS = 20;

/** Messages per second of `work` over at least MIN_MS and MIN_RUNS, after one warm-up run. */
async function rate(work: () => Promise<unknown>): Promise<number> {
  await work();
  let runs = 0;
  const start = performance.now();
  while (runs < MIN_RUNS || performance.now() - start < MIN_MS) {
    await work();
    runs += 1;
  }
  return (runs * 1000) / (performance.now() - start);
}

/**
 * Whole-pipeline parse speed (MIME, attachments, questionnaire, catalog matching, suggestions) next to
 * bare mailparser `simpleParser` on the same files in the same process, and the process's peak RSS.
 */
export async function run(): Promise<void> {
  const root = packageRoot();
  const kb = await readKnowledgeBase(path.join(root, 'data'));
  const catalog = buildCatalogSnapshot({ agreements: kb.agreements, categories: kb.taxonomy.categories, elements: kb.taxonomy.elements, ggeNorms: kb.ggeNorms });
  console.log('mail                  bytes   parseEmail msg/s   simpleParser msg/s   ratio');
  for (const [label, file] of CASES) {
    const raw = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'mail', file));
    const full = await rate(() => parseEmail(raw, { catalog }));
    const bare = await rate(() => simpleParser(raw));
    console.log(`${label.padEnd(20)} ${String(raw.length).padStart(7)}   ${full.toFixed(1).padStart(16)}   ${bare.toFixed(1).padStart(18)}   ${(bare / full).toFixed(1).padStart(5)}x`);
  }
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
