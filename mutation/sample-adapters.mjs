// The adapters half on a random sample of source lines, for a machine that cannot give it the
// whole run (about 22 s per mutant per worker: each mutant reruns Bolt and discord.js test files).
//
//   node mutation/sample-adapters.mjs config [--share 0.2] [--seed 1]   writes the sample's Stryker config
//   node mutation/sample-adapters.mjs score  [--seed 1]                 the sample's score with a 95% interval
//
// Lines are the unit: every line of the half's files that holds a whole mutant is drawn with
// probability `share` (seeded, so a run can be repeated), and every mutant that starts and ends on a
// drawn line is tested (Stryker's line ranges). Mutants spanning lines (a removed block, a multi-line
// object) are outside the sample; the score says so. The interval is a bootstrap over drawn lines,
// since mutants of one line tend to live or die together.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const HALF = 'mutation/stryker.adapters.json';
const SAMPLE_CONFIG = 'reports/mutation/stryker.adapters-sample.json';
const SAMPLE_REPORT = 'reports/mutation/adapters-sample.json';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const seed = option('seed', 1);
const share = option('share', 0.2);

/** mulberry32: a small seeded generator, so the same seed draws the same lines */
function random(s) {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function listMutants(patterns) {
  const tracked = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  // path.matchesGlob: Node's own glob matcher (experimental in Node 20, stable since 22)
  const matches = (f, p) => path.matchesGlob(f, p);
  const included = tracked.filter((f) => patterns.some((p) => !p.startsWith('!') && matches(f, p)) && !patterns.some((p) => p.startsWith('!') && matches(f, p.slice(1))));
  const quiet = { isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false, debug() {}, trace() {}, info() {}, warn: console.warn, error: console.error, fatal: console.error };
  const files = included.map((name) => ({ name, content: fs.readFileSync(name, 'utf8'), mutate: true }));
  const { mutants } = await new Instrumenter(quiet).instrument(files, { plugins: null, excludedMutations: [], ignorers: [] });
  return { files: included, mutants };
}

if (args[0] === 'config') {
  const half = JSON.parse(fs.readFileSync(HALF, 'utf8'));
  const { files, mutants } = await listMutants(half.mutate);
  const oneLine = mutants.filter((m) => m.location.start.line === m.location.end.line);
  const lines = [...new Set(oneLine.map((m) => `${m.fileName}:${m.location.start.line + 1}`))].sort();
  const draw = random(seed);
  const drawn = lines.filter(() => draw() < share);
  const inSample = oneLine.filter((m) => drawn.includes(`${m.fileName}:${m.location.start.line + 1}`)).length;
  const config = {
    ...half,
    _comment: `A sample of the adapters half: lines drawn with seed ${seed}, share ${share} (mutation/sample-adapters.mjs).`,
    mutate: drawn.map((l) => `${l}-${l.split(':').pop()}`),
    incremental: false,
    jsonReporter: { fileName: SAMPLE_REPORT },
    htmlReporter: { fileName: 'reports/mutation/adapters-sample.html' },
  };
  delete config.incrementalFile;
  delete config.$schema;
  fs.mkdirSync('reports/mutation', { recursive: true });
  fs.writeFileSync(SAMPLE_CONFIG, JSON.stringify(config, null, 2));
  console.log(`${files.length} files, ${mutants.length} mutants, ${oneLine.length} on one line, on ${lines.length} lines`);
  console.log(`drew ${drawn.length} lines (seed ${seed}, share ${share}): ${inSample} mutants; config in ${SAMPLE_CONFIG}`);
  console.log(`run: npx stryker run ${SAMPLE_CONFIG}`);
} else if (args[0] === 'score') {
  const report = JSON.parse(fs.readFileSync(SAMPLE_REPORT, 'utf8'));
  // per drawn line: mutants detected (killed or timed out) and covered (detected or survived)
  const byLine = new Map();
  let noCoverage = 0;
  for (const [file, f] of Object.entries(report.files)) {
    for (const m of f.mutants) {
      if (m.status === 'NoCoverage') noCoverage += 1;
      if (!['Killed', 'Timeout', 'Survived'].includes(m.status)) continue;
      const key = `${file}:${m.location.start.line}`;
      const line = byLine.get(key) ?? { detected: 0, covered: 0 };
      line.covered += 1;
      if (m.status !== 'Survived') line.detected += 1;
      byLine.set(key, line);
    }
  }
  const groups = [...byLine.values()];
  const score = (gs) => gs.reduce((a, g) => a + g.detected, 0) / Math.max(1, gs.reduce((a, g) => a + g.covered, 0));
  const draw = random(seed + 1);
  const boots = Array.from({ length: 2_000 }, () => score(groups.map(() => groups[Math.floor(draw() * groups.length)]))).sort((a, b) => a - b);
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const detected = groups.reduce((a, g) => a + g.detected, 0);
  const covered = groups.reduce((a, g) => a + g.covered, 0);
  console.log(`sample: ${covered + noCoverage} mutants on ${byLine.size} covered lines; ${detected} of ${covered} covered mutants detected, ${noCoverage} not covered`);
  console.log(`score of covered: ${pct(score(groups))} (95% interval ${pct(boots[50])}–${pct(boots[1_949])}, bootstrap over lines)`);
} else {
  console.error('usage: node mutation/sample-adapters.mjs config|score [--share 0.2] [--seed 1]');
  process.exit(2);
}
