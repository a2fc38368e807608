import os from 'node:os';

/**
 * Shared timing for the benchmarks. On a shared machine wall-clock figures move with the load, so
 * every figure is measured next to its baseline in the same run, interleaved (A, B, A, B... with the
 * order rotating), and repeated: figures are printed as the range over the repetitions.
 */

/** BENCH_QUICK=1: fewer samples per repetition, for a run of a few minutes. */
export const QUICK = process.env.BENCH_QUICK === '1';
/** repetitions of each interleaved measurement (at least 3) */
export const REPETITIONS = Math.max(3, Number(process.env.BENCH_REPS ?? 3) || 3);

export interface Percentiles {
  p50: number;
  p99: number;
  max: number;
  n: number;
}

export function percentiles(samples: readonly number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), max: s[s.length - 1] ?? NaN, n: s.length };
}

/** One sample of `fn`: wall and CPU (user + system, all threads) milliseconds. */
export interface Sample {
  wall: number;
  cpu: number;
}

export function sampleSync(fn: () => unknown): Sample {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

export async function sampleAsync(fn: () => Promise<unknown>): Promise<Sample> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/**
 * Runs `rounds` rounds; in each, every variant runs once on the round's input, in an order that
 * rotates from round to round, so a burst of load from elsewhere falls on all variants alike.
 */
export async function interleave<K extends string, T>(
  variants: Readonly<Record<K, (input: T, round: number) => unknown>>,
  inputs: readonly T[],
): Promise<Record<K, Sample[]>> {
  const names = Object.keys(variants) as K[];
  const out = Object.fromEntries(names.map((n) => [n, [] as Sample[]])) as Record<K, Sample[]>;
  for (const [round, input] of inputs.entries()) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      const run = variants[name];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const result = run(input, round);
      if (result instanceof Promise) await result;
      const wall = performance.now() - t0;
      const c = process.cpuUsage(c0);
      out[name].push({ wall, cpu: (c.user + c.system) / 1000 });
    }
  }
  return out;
}

export const walls = (samples: readonly Sample[]) => samples.map((s) => s.wall);
export const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);

/** "1.4–1.7": the range of a figure over the repetitions (one value when they agree to the digit). */
export function range(values: readonly number[], digits = fitDigits(values)): string {
  const lo = Math.min(...values).toFixed(digits);
  const hi = Math.max(...values).toFixed(digits);
  return lo === hi ? lo : `${lo}–${hi}`;
}

function fitDigits(values: readonly number[]): number {
  const m = Math.min(...values.map(Math.abs));
  return m >= 100 ? 0 : m >= 10 ? 1 : m >= 1 ? 2 : 3;
}

export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** One line of the closing table: a figure with the baseline measured next to it. */
export interface SummaryRow {
  measure: string;
  figure: string;
  baseline: string;
  goal: string;
}

export function loadNote(): string {
  return `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`;
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
