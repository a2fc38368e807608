import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { simpleParser } from 'mailparser';
import { buildCatalogSnapshot } from '../src/core/catalog/catalog-snapshot.js';
import { readHtml } from '../src/intake/parse/document/read-html.js';
import { extractText } from '../src/intake/parse/extract-text.js';
import { LIMITS } from '../src/intake/parse/limits.js';
import { parseEmail } from '../src/intake/parse/parse-email.js';
import { createExtractorPool, type ExtractorPool } from '../src/intake/parse/worker/create-extractor-pool.js';
import { readExtractorJob } from '../src/intake/parse/worker/read-extractor-job.js';
import { sharedExtractorPool } from '../src/intake/parse/worker/shared-extractor-pool.js';
import { packageRoot } from '../src/store/package-root.js';
import { readKnowledgeBase } from '../src/store/read-knowledge-base.js';
import { interleave, loadNote, percentiles, printTable, QUICK, range, REPETITIONS, walls } from './lib/measure.js';

/** Fixtures per kind of mail a contributor sends (tests/fixtures/mail). */
const CASES: ReadonlyArray<readonly [string, string]> = [
  ['text (seed, 16 KB)', 'seed-aspi-inline.eml'],
  ['text reply (Outlook)', 'outlook-top-posted.eml'],
  ['HTML table', 'table-several.eml'],
  ['HTML (corpus D03)', 'corpus/D03-html-table.eml'],
  ['HTML forward', 'forwarded-rfc822.eml'],
  ['.docx attachment', 'seed-aspi-docx.eml'],
  ['PDF attachment', 'pdf-attachment.eml'],
];
const ROUNDS = QUICK ? 15 : 40;

/** The extractors run in this thread: what the worker costs is the difference. */
const inThread: ExtractorPool = {
  run: async (job) => {
    const start = performance.now();
    return { ...(await readExtractorJob(job)), ms: performance.now() - start };
  },
  stop: async () => undefined,
};

/** p50 ms of each variant per repetition, the variants interleaved round by round (measure.ts). */
async function p50s<K extends string>(variants: Record<K, () => Promise<unknown>>): Promise<Record<K, number[]>> {
  const calls = Object.fromEntries(Object.entries(variants).map(([k, work]) => [k, () => (work as () => Promise<unknown>)()])) as Record<K, () => Promise<unknown>>;
  await interleave(calls, Array.from({ length: 3 })); // warm-up: workers started, modules loaded
  const out = Object.fromEntries(Object.keys(variants).map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let rep = 0; rep < REPETITIONS; rep++) {
    const samples = await interleave(calls, Array.from({ length: ROUNDS }));
    for (const k of Object.keys(variants) as K[]) out[k].push(percentiles(walls(samples[k])).p50);
  }
  return out;
}

/**
 * Parse speed next to bare mailparser `simpleParser` on the same mail in the same run (interleaved):
 * the whole parseEmail (38-agreement catalog), and extractText with the extractors in the shared
 * worker (small HTML bodies are read in the parsing thread whatever the pool), in a worker started
 * per document, and in this thread. Then the HTML walker on hostile
 * never-closed tags up to MAX_HTML_CHARS (linear), next to htmlparser2's own Parser (quadratic),
 * and the worker's start-up cost.
 */
export async function run(): Promise<void> {
  const root = packageRoot();
  const kb = await readKnowledgeBase(path.join(root, 'data'));
  const catalog = buildCatalogSnapshot({ agreements: kb.agreements, categories: kb.taxonomy.categories, elements: kb.taxonomy.elements, ggeNorms: kb.ggeNorms });
  const perCall = createExtractorPool({ idleMs: 0 });
  console.log(`catalog: ${kb.agreements.length} agreements; p50 ms per message over ${ROUNDS} interleaved rounds, ${REPETITIONS} repetitions (ranges); ratio = / simpleParser in the same repetition`);
  const rows: string[][] = [];
  for (const [label, file] of CASES) {
    const raw = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'mail', file));
    const t = await p50s({
      bare: () => simpleParser(raw),
      parse: () => parseEmail(raw, { catalog }),
      worker: () => extractText(raw, sharedExtractorPool),
      perCall: () => extractText(raw, perCall),
      inThread: () => extractText(raw, inThread),
    });
    const cell = (ms: number[]) => `${range(ms)} (${range(ms.map((m, i) => m / t.bare[i]!), 1)}x)`;
    rows.push([label, range(t.bare), cell(t.parse), cell(t.worker), cell(t.perCall), cell(t.inThread)]);
  }
  printTable(['mail', 'simpleParser', 'parseEmail', 'extract: shared worker', 'per-doc worker', 'in-thread'], rows);
  console.log(`(${loadNote()})`);
  await perCall.stop();

  console.log(`\nHTML walker on never-closed tags (MAX_HTML_CHARS ${LIMITS.MAX_HTML_CHARS}): ms, and ms per MB`);
  const shapes: Record<string, (n: number) => string> = {
    '<div><span><b>x … </i>': (n) => '<div><span><b>x'.repeat(Math.floor(n / 20)) + '</i>'.repeat(Math.floor(n / 20)),
    '<div>x': (n) => '<div>x'.repeat(Math.floor(n / 6)),
    '<table><tr><td>x': (n) => '<table><tr><td>x'.repeat(Math.floor(n / 16)),
    'closed <p> (baseline)': (n) => '<p>Name of agreement: <b>x</b></p>'.repeat(Math.floor(n / 33)),
  };
  for (const [shape, make] of Object.entries(shapes)) {
    const row = [0.5, 1, 2].map((mb) => {
      const html = make(mb * 1024 * 1024).slice(0, LIMITS.MAX_HTML_CHARS);
      const start = performance.now();
      readHtml(html);
      const ms = performance.now() - start;
      return `${mb} MB ${ms.toFixed(0).padStart(5)} ms (${(ms / mb).toFixed(0)}/MB)`;
    });
    console.log(`  ${shape.padEnd(24)} ${row.join('   ')}`);
  }
  const unbounded = (html: string) => {
    const start = performance.now();
    new Parser({}).end(html);
    return performance.now() - start;
  };
  const divSpan = (n: number) => '<div>'.repeat(n) + '</span>'.repeat(n);
  console.log(`  htmlparser2 Parser alone, <div>…</span>: 60 KB ${unbounded(divSpan(5_000)).toFixed(0)} ms, 240 KB ${unbounded(divSpan(20_000)).toFixed(0)} ms (quadratic: why walkHtml bounds its stack)`);

  const html = { kind: 'html' as const, name: 'bench', html: '<p>Name of agreement: Paris Call</p>' };
  const fresh = createExtractorPool();
  let start = performance.now();
  await fresh.run(html, LIMITS.MAX_DOCUMENT_MS);
  const cold = performance.now() - start;
  start = performance.now();
  for (let i = 0; i < 100; i += 1) await fresh.run(html, LIMITS.MAX_DOCUMENT_MS);
  const warm = (performance.now() - start) / 100;
  await fresh.stop();
  console.log(`\nworker: first document ${cold.toFixed(1)} ms (start-up), then ${warm.toFixed(2)} ms per small document`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
