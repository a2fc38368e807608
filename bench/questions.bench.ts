import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Agreement, Binding, PartiesKind } from '../src/core/catalog/agreement.js';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../src/core/catalog/catalog-snapshot.js';
import { computeElementTrends } from '../src/core/analytics/compute-element-trends.js';
import { countElementFrequency } from '../src/core/analytics/count-element-frequency.js';
import { answerQuestion } from '../src/core/questions/answer-question.js';
import { MAX_LISTED_AGREEMENTS } from '../src/core/questions/list-limits.js';
import { getCatalogTextIndex } from '../src/core/text/catalog-text-index.js';
import { Database } from '../src/store/database.js';
import { migrate } from '../src/store/migrate.js';
import type { KnowledgeBase } from '../src/core/knowledge-base/parse-knowledge-base.js';
import { readKnowledgeBase } from '../src/store/read-knowledge-base.js';

/**
 * The question engine in-process: p50/p99 per kind of question over the 38 shipped agreements and
 * over 10,000 (the 38 plus synthetic ones over the same taxonomy, generated from a fixed seed),
 * against the same lookup as bare SQL on a temp SQLite file, plus peak RSS.
 */
const SYNTHETIC_TOTAL = 10_000;
const NOW = new Date('2026-11-23T12:00:00Z');

const QUESTIONS: ReadonlyArray<readonly [kind: string, question: string]> = [
  ['agreements for element', 'Which agreements cover botnets?'],
  ['  + filters', 'Which voluntary industry agreements cover vulnerability disclosure since 2018?'],
  ['one agreement', 'What does the Paris Call cover?'],
  ['compare', 'Compare the Paris Call and the GCSC norms'],
  ['frequency', 'Rank the norm elements by frequency'],
  ['trends', 'Which norms are rising?'],
  ['by date', 'Which agreements were launched after 2020?'],
  ['GGE norm', 'What is the GGE norm on supply chain integrity?'],
  ['element meaning', 'what is 2.5?'],
  ['not in catalog', 'Tell me about the Magna Carta for Robots'],
  ['bad input (10,000 chars)', 'x'.repeat(10_000)],
];

export async function run(): Promise<void> {
  const kb = await readKnowledgeBase(path.join(rootDir(), 'data'));
  const small = snapshotOf(kb, kb.agreements);
  getCatalogTextIndex(small);
  // the small catalog is measured before the big one exists, so its GC pauses are its own
  const smallFigures = QUESTIONS.map(([, q]) => measure(() => answerQuestion(q, small, NOW), 300));
  const big = snapshotOf(kb, [...kb.agreements, ...syntheticAgreements(kb, SYNTHETIC_TOTAL - kb.agreements.length)]);
  const indexMs = timeOnce(() => getCatalogTextIndex(big));

  const rows: string[][] = [];
  let elementP50Big = 0;
  for (const [i, [kind, q]] of QUESTIONS.entries()) {
    const a = smallFigures[i] ?? { p50: 0, p99: 0 };
    const b = measure(() => answerQuestion(q, big, NOW), 100);
    if (kind === 'agreements for element') elementP50Big = b.p50;
    rows.push([kind, fmt(a.p50), fmt(a.p99), fmt(b.p50), fmt(b.p99), fmt(b.cpu), answerQuestion(q, big, NOW).intent]);
  }
  console.log(`catalog sizes: ${small.agreements.length} and ${big.agreements.length} agreements; text index for ${big.agreements.length} built once in ${fmt(indexMs)} ms`);
  printTable(['question kind', `p50 ms (${small.agreements.length})`, 'p99 ms', `p50 ms (${big.agreements.length})`, 'p99 ms', 'CPU ms/q', 'intent'], rows);
  console.log('(wall-clock percentiles; CPU ms/q is process CPU time per answer at the larger size, which load on a shared machine inflates less)');

  const freq = measure(() => countElementFrequency(big.agreements, big.elements), 30);
  const trends = measure(() => computeElementTrends(big.agreements, big.elements), 30);
  console.log(`\nfrequency and trends over the whole catalog are cached per snapshot; computed afresh (as for a filtered question) at ${big.agreements.length}: frequency p50 ${fmt(freq.p50)} ms, trends p50 ${fmt(trends.p50)} ms`);

  const sql = await measureSql(big);
  console.log(`\nbare SQL on a temp SQLite file (sqlite3 driver), agreements covering 5.5 with evidence, ${big.agreements.length} agreements:`);
  console.log(`  all ${sql.all.rows} rows:  p50 ${fmt(sql.all.p50)} ms, p99 ${fmt(sql.all.p99)} ms`);
  console.log(`  LIMIT ${LISTED} rows (what the answer lists): p50 ${fmt(sql.limited.p50)} ms, p99 ${fmt(sql.limited.p99)} ms`);
  console.log(
    `answerQuestion("Which agreements cover botnets?") p50 / SQL p50: ${ratio(elementP50Big, sql.all.p50)} of the full query, ${ratio(elementP50Big, sql.limited.p50)} of the LIMIT ${LISTED} query`,
  );
  console.log('  (the answer parses the question, reads the in-memory snapshot, builds evidence blocks and renders text; SQL only fetches rows through the async driver)');
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  console.log(`load average during the run: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores (timings are wall-clock and grow with load)`);
}

function rootDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
}

function snapshotOf(kb: KnowledgeBase, agreements: readonly Agreement[]): CatalogSnapshot {
  return buildCatalogSnapshot({ agreements, categories: kb.taxonomy.categories, elements: kb.taxonomy.elements, ggeNorms: kb.ggeNorms });
}

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same catalog. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticAgreements(kb: KnowledgeBase, count: number): Agreement[] {
  const rnd = seeded(20221201);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const syllables = ['ka', 'lo', 'mi', 'ru', 'ten', 'vas', 'dor', 'pel', 'quin', 'zar', 'bo', 'nex'];
  const kinds: PartiesKind[] = ['states', 'regional organisation', 'industry', 'multistakeholder', 'technical community'];
  const bindings: Binding[] = ['binding', 'politically binding', 'voluntary', 'non-binding'];
  const types = ['Declaration', 'Charter', 'Framework', 'Convention', 'Pledge', 'Statement', 'Code of Conduct', 'Principles'];
  const topics = ['Cyber Security', 'Trust in Cyberspace', 'ICT Security', 'Digital Resilience', 'Responsible Behaviour', 'Cybercrime'];
  const elements: string[] = kb.taxonomy.elements.map((e) => e.id);
  return Array.from({ length: count }, (_, i) => {
    const id = 1000 + i;
    const place = `${pick(syllables)}${pick(syllables)}${pick(syllables)}`;
    const name = `${place[0]?.toUpperCase()}${place.slice(1)} ${pick(types)} on ${pick(topics)}`;
    const covered = [...new Set(Array.from({ length: 2 + Math.floor(rnd() * 8) }, () => pick(elements)))];
    return {
      id,
      slug: `synthetic-${id}`,
      name,
      aliases: [`${place.toUpperCase()} ${id}`],
      year: 1995 + Math.floor(rnd() * 31),
      dateDetail: '',
      partiesKinds: [pick(kinds)],
      partiesDetail: 'synthetic',
      maintainer: `${place} secretariat`,
      binding: pick(bindings),
      bindingDetail: 'synthetic',
      url: `https://example.org/${id}`,
      urlNote: 'synthetic',
      factsSources: [],
      coverage: covered.map((element) => ({
        element,
        evidence: `Article ${1 + Math.floor(rnd() * 30)}: parties commit to measures on element ${element}, in terms of about this length.`,
        source: `https://example.org/${id}#${element}`,
        status: rnd() < 0.2 ? ('unverified' as const) : ('sourced' as const),
      })),
      addedAt: '2024-01-01',
      provenance: { kind: 'reference' as const, ref: 'bench', at: '2024-01-01' },
    };
  });
}

function measure(fn: () => unknown, iterations: number): { p50: number; p99: number; cpu: number } {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) times.push(timeOnce(fn));
  const cpu = process.cpuUsage(cpu0);
  return { ...percentiles(times), cpu: (cpu.user + cpu.system) / 1000 / iterations };
}

function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function percentiles(times: number[]): { p50: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Agreements an answer lists (MAX_LISTED_AGREEMENTS in src/core/questions/list-limits.ts). */
const LISTED = MAX_LISTED_AGREEMENTS;

function ratio(a: number, b: number): string {
  return b > 0 ? `${a / b >= 0.1 ? (a / b).toFixed(2) : (a / b).toFixed(3)}x` : 'n/a';
}

type SqlFigures = { p50: number; p99: number; rows: number };

async function measureSql(catalog: CatalogSnapshot): Promise<{ all: SqlFigures; limited: SqlFigures }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'normbot-questions-bench-'));
  const db = await Database.open(path.join(dir, 'bench.sqlite'));
  try {
    await migrate(db);
    await db.transaction(async (tx) => {
      for (const c of catalog.categories) await tx.run('INSERT INTO categories (id, name, description) VALUES (?, ?, ?)', [c.id, c.name, c.description]);
      for (const [i, e] of catalog.elements.entries()) {
        await tx.run('INSERT INTO norm_elements (id, category_id, seed_label, name, description, synonyms_json, source, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
          e.id, e.categoryId, e.seedLabel, e.name, e.description, JSON.stringify(e.synonyms), e.source, i,
        ]);
      }
      for (const a of catalog.agreements) {
        await tx.run(
          `INSERT INTO agreements (id, slug, name, aliases_json, year, date_detail, parties_kinds_json, parties_detail, maintainer, binding, binding_detail, url, url_note, facts_sources_json, note, added_at, provenance_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [a.id, a.slug, a.name, JSON.stringify(a.aliases), a.year, a.dateDetail, JSON.stringify(a.partiesKinds), a.partiesDetail, a.maintainer, a.binding, a.bindingDetail, a.url, a.urlNote, JSON.stringify(a.factsSources), a.note ?? null, a.addedAt, JSON.stringify(a.provenance)],
        );
        for (const c of a.coverage) {
          await tx.run('INSERT OR IGNORE INTO coverage (agreement_id, element_id, evidence, source, status) VALUES (?, ?, ?, ?, ?)', [a.id, c.element, c.evidence, c.source, c.status]);
        }
      }
    });
    const sql = 'SELECT a.id, a.name, a.year, c.evidence, c.source, c.status FROM coverage c JOIN agreements a ON a.id = c.agreement_id WHERE c.element_id = ? ORDER BY a.year, a.id';
    return { all: await timeSql(db, sql, ['5.5']), limited: await timeSql(db, `${sql} LIMIT ${LISTED}`, ['5.5']) };
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function timeSql(db: Database, sql: string, params: string[]): Promise<SqlFigures> {
  const rows = (await db.all(sql, params)).length;
  for (let i = 0; i < 5; i++) await db.all(sql, params);
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    await db.all(sql, params);
    times.push(performance.now() - t0);
  }
  return { ...percentiles(times), rows };
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(0);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
