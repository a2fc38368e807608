import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadNote, printTable, type SummaryRow } from './lib/measure.js';

/**
 * `npm run bench`: runs every bench/*.bench.ts (compiled to dist/bench) in turn and prints its
 * figures, then one table of the headline figures, each with the baseline measured next to it.
 * `npm run bench -- questions slack` runs only the benchmarks whose names contain one of the words;
 * BENCH_QUICK=1 takes fewer samples (a few minutes in all).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.js') && (filters.length === 0 || filters.some((w) => f.includes(w))))
  .sort();

let failed = 0;
const summary: SummaryRow[] = [];
const started = performance.now();
for (const file of files) {
  const name = file.replace(/\.bench\.js$/, '');
  console.log(`\n=== ${name} ===`);
  const t0 = performance.now();
  try {
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { run: () => Promise<SummaryRow[] | void> };
    summary.push(...((await mod.run()) ?? []));
    console.log(`(${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.error(`benchmark ${name} failed:`, error);
  }
}
if (summary.length > 0) {
  console.log(`\n=== summary: each figure with its baseline from this run (${loadNote()}) ===`);
  printTable(['measure', 'figure', 'baseline (same run)', 'goal'], summary.map((r) => [r.measure, r.figure, r.baseline, r.goal]));
}
console.log(`\n${files.length - failed} benchmarks ran, ${failed} failed, ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
