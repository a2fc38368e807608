import { spawn } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../src/store/package-root.js';
import { cliEntry, cliNodeFlags } from '../tests/helpers/bot-node-flags.js';
import { catalogFile, loadBenchCatalog, removeCatalogCopy, SHIPPED } from './lib/catalog-file.js';
import { loadNote, mib, percentiles, printTable, QUICK, range, REPETITIONS, type SummaryRow } from './lib/measure.js';
import { questionSet } from './lib/question-set.js';
import { PEAK_RSS_WRAPPER, readPeakRss } from './lib/spawn-timed.js';

// the baseline: a bare Node script that opens the same file and fetches what an answer about one
// element shows (the covering agreements with their evidence, oldest first), as JSON
const BARE_SQL = path.join('dist', 'bench', 'lib', 'query-covering-agreements.js');

/**
 * `normbot ask "<question>" --json` as a member runs it: a new process each time (cold), over the
 * shipped catalog and over 10,000 agreements, each run a question not asked before, interleaved
 * with the bare SQL script over the 10,000 file. Wall time from spawn to exit, and peak RSS. The
 * first run after a catalog change, which keeps a lean copy of the catalog for the next runs, is
 * measured apart.
 */
export async function run(): Promise<SummaryRow[]> {
  const files = { small: await catalogFile(SHIPPED), big: await catalogFile(10_000) };
  const cli = cliEntry();
  const bare = path.join(packageRoot(), BARE_SQL);
  const runs = QUICK ? 3 : 5;
  const questions = questionSet(await loadBenchCatalog(SHIPPED), runs * REPETITIONS * 2, 500).map((q) => q.text);
  const variants = [
    { label: 'bare SQL script @10k (baseline)', args: (_q: string) => [bare, files.big, '5.5'] },
    { label: `normbot ask @${SHIPPED}`, args: (q: string) => [cli, 'ask', q, '--json', '--db', files.small] },
    { label: 'normbot ask @10k', args: (q: string) => [cli, 'ask', q, '--json', '--db', files.big] },
  ];
  try {
    // the first run after a catalog change reads the whole catalog and keeps a lean copy for the next ones
    const first = [await timeProcess(variants[1]!.args('which agreements cover botnets?')), await timeProcess(variants[2]!.args('which agreements cover botnets?'))];
    let asked = 0;
    const reps: Array<Array<{ ms: number; rss: number }[]>> = [];
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const out = variants.map(() => [] as { ms: number; rss: number }[]);
      for (let r = 0; r < runs; r++) {
        for (let k = 0; k < variants.length; k++) {
          const i = (r + k) % variants.length;
          out[i]!.push(await timeProcess(variants[i]!.args(questions[asked++ % questions.length]!)));
        }
      }
      reps.push(out);
    }
    const med = (i: number) => reps.map((r) => percentiles(r[i]!.map((x) => x.ms)).p50);
    const rss = (i: number) => Math.max(...reps.flatMap((r) => r[i]!.map((x) => x.rss)));
    console.log(`spawn to exit, ${runs} runs per repetition, ${REPETITIONS} repetitions, interleaved; a new question each run`);
    printTable(['process', 'median ms', 'peak RSS'], variants.map((v, i) => [v.label, range(med(i), 0), mib(rss(i))]));
    console.log(`first run after a catalog change (reads the whole catalog, keeps the lean copy): @${SHIPPED} ${first[0]!.ms.toFixed(0)} ms, ${mib(first[0]!.rss)}; @10k ${first[1]!.ms.toFixed(0)} ms, ${mib(first[1]!.rss)}`);
    console.log(`(${loadNote()})`);
    return [
      {
        measure: `\`normbot ask\` cold at ${SHIPPED} / 10k`,
        figure: `${range(med(1), 0)} / ${range(med(2), 0)} ms, ${mib(rss(1))} / ${mib(rss(2))} (first run after a change @10k: ${first[1]!.ms.toFixed(0)} ms, ${mib(first[1]!.rss)})`,
        baseline: `bare SQL script @10k: ${range(med(0), 0)} ms, ${mib(rss(0))}`,
        goal: '< 300 ms, < 120 MiB at 10k',
      },
    ];
  } finally {
    removeCatalogCopy(files.small);
    removeCatalogCopy(files.big);
  }
}

function timeProcess(args: readonly string[]): Promise<{ ms: number; rss: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // the CLI with the flags bin/normbot.js gives it; the baseline script with none
    const flags = args[0] === cliEntry() ? cliNodeFlags() : [];
    const child = spawn(process.execPath, [...flags, '--input-type=module', '-e', PEAK_RSS_WRAPPER, '--', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      JSON.parse(stdout); // a whole answer was printed
      resolve({ ms, rss: readPeakRss(stderr) });
    });
  });
}
