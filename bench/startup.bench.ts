import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../src/store/open-store.js';
import { packageRoot } from '../src/store/package-root.js';

/**
 * Start-up: open + migrate + seed a fresh SQLite file, open an already-seeded one, first snapshot,
 * and the wall time and peak RSS of a whole `normbot ask --json` process. Aim: under 1 s.
 */
const RUNS = 5;
const QUESTION = 'which agreements cover critical infrastructure?';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;

async function timeIt(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

// `node -e` wrapper: runs the CLI, then reports the child's own peak RSS (kB) on stderr.
const CHILD = `process.argv = [process.argv[0], 'normbot', ...process.argv.slice(1)];
process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));
await import(process.env.NORMBOT_BENCH_MAIN);`;

function runCliProcess(db: string): { wall: number; rssKb: number } {
  const main = path.join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, '--', 'ask', QUESTION, '--json', '--db', db], {
    encoding: 'utf8',
    env: { ...process.env, NORMBOT_BENCH_MAIN: main },
  });
  const wall = performance.now() - t0;
  if (child.status !== 0) throw new Error(`normbot ask exited ${child.status}: ${child.stderr.slice(0, 500)}`);
  JSON.parse(child.stdout);
  return { wall, rssKb: Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? NaN) };
}

export async function run(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'normbot-bench-startup-'));
  try {
    const fresh: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      fresh.push(await timeIt(async () => (await openStore(path.join(dir, `fresh-${i}.sqlite`))).close()));
    }
    const seeded = path.join(dir, 'fresh-0.sqlite');
    const reopen: number[] = [];
    const snapshot: number[] = [];
    for (let i = 0; i < RUNS * 2; i++) {
      let store: Awaited<ReturnType<typeof openStore>> | undefined;
      reopen.push(await timeIt(async () => void (store = await openStore(seeded))));
      snapshot.push(await timeIt(async () => void (await store!.catalog.loadSnapshot())));
      await store!.close();
    }
    const processes = Array.from({ length: RUNS }, () => runCliProcess(seeded));
    console.log(`open + migrate + seed, fresh file      median ${ms(median(fresh))}  (min ${ms(Math.min(...fresh))}, ${RUNS} runs)`);
    console.log(`open already-seeded file (hash check)  median ${ms(median(reopen))}  (min ${ms(Math.min(...reopen))}, ${reopen.length} runs)`);
    console.log(`first loadSnapshot (38 agreements)     median ${ms(median(snapshot))}`);
    console.log(`process: normbot ask --json            median ${ms(median(processes.map((p) => p.wall)))} wall, peak RSS ${mb(Math.max(...processes.map((p) => p.rssKb)))}`);
    console.log(`this process peak RSS                  ${mb(process.resourceUsage().maxRSS)}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
