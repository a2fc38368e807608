import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm run bench`: runs every bench/*.bench.ts (compiled to dist/bench) in turn and prints its
 * figures. `npm run bench -- questions` runs only the benchmarks whose name contains "questions".
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.js') && f.includes(filter))
  .sort();

let failed = 0;
for (const file of files) {
  const name = file.replace(/\.bench\.js$/, '');
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { run: () => Promise<void> };
    await mod.run();
    console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.error(`benchmark ${name} failed:`, error);
  }
}
console.log(`\n${files.length - failed} benchmarks ran, ${failed} failed`);
process.exit(failed ? 1 : 0);
