import { getCatalogTextIndex } from '../src/core/text/catalog-text-index.js';
import { loadBenchCatalog, SHIPPED } from './lib/catalog-file.js';
import { interleave, loadNote, mean, percentiles, printTable, QUICK, range, REPETITIONS, walls, type Sample, type SummaryRow } from './lib/measure.js';
import { answererFor, questionSet, type BenchQuestion } from './lib/question-set.js';

const SIZES = [SHIPPED, 1_000, 10_000, 100_000];
const NOW = new Date('2026-11-23T12:00:00Z');

/**
 * How answering grows with the catalog: the same distinct questions over 38, 1,000, 10,000 and
 * 100,000 agreements, interleaved question by question (the 38 column is the baseline), as CPU
 * milliseconds per question (less moved by the load of other processes than wall time) and wall
 * p50/p99. Every catalog is loaded from a SQLite file through the store, as the bot loads it
 * (the 100,000 file is written once and kept, about a minute). BENCH_QUICK=1 stops at 10,000.
 */
export async function run(): Promise<SummaryRow[]> {
  const sizes = QUICK ? SIZES.slice(0, 3) : SIZES;
  const catalogs = await Promise.all(sizes.map((n) => loadBenchCatalog(n)));
  const indexMs = catalogs.map((c) => {
    const t0 = performance.now();
    getCatalogTextIndex(c);
    return performance.now() - t0;
  });
  const perRep = QUICK ? 200 : 500;
  const variants = (questions: readonly BenchQuestion[]) => Object.fromEntries(catalogs.map((c, i) => [String(i), answererFor(questions, c, NOW)]));
  const warmUp = questionSet(catalogs[0]!, 50, 2);
  await interleave(variants(warmUp), warmUp);
  const reps: Array<Record<string, Sample[]>> = [];
  for (let rep = 0; rep < REPETITIONS; rep++) {
    const questions = questionSet(catalogs[0]!, perRep, 200 + rep);
    reps.push(await interleave(variants(questions), questions));
  }

  const cpu = catalogs.map((_, i) => reps.map((r) => mean(r[String(i)]!.map((s) => s.cpu))));
  const pct = catalogs.map((_, i) => reps.map((r) => percentiles(walls(r[String(i)]!))));
  console.log(`catalogs of ${sizes.map((n) => n.toLocaleString('en')).join(' / ')} agreements loaded from SQLite files through the store (the production load path)`);
  console.log(`${perRep} distinct questions per repetition, ${REPETITIONS} repetitions, interleaved over the catalog sizes; ranges over repetitions`);
  printTable(
    ['agreements', 'text index ms', 'CPU ms/question', 'x of 38', 'wall p50 ms', 'wall p99 ms'],
    catalogs.map((c, i) => [
      c.agreements.length.toLocaleString('en'),
      indexMs[i]!.toFixed(0),
      range(cpu[i]!),
      range(cpu[i]!.map((x, r) => x / cpu[0]![r]!), 1),
      range(pct[i]!.map((p) => p.p50)),
      range(pct[i]!.map((p) => p.p99)),
    ]),
  );
  console.log(`(${loadNote()})`);
  return [
    {
      measure: `answer CPU per question at ${sizes.map((n) => (n >= 1000 ? `${n / 1000}k` : String(n))).join(' / ')}`,
      figure: cpu.map((c) => range(c)).join(' / ') + ' ms',
      baseline: `ratio to ${catalogs[0]!.agreements.length}: ${cpu.map((c) => range(c.map((x, r) => x / cpu[0]![r]!), 1)).join(' / ')}`,
      goal: 'flat within 3x from 38 to 100k',
    },
  ];
}
