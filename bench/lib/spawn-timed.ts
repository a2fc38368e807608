import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export interface Spawned {
  child: ChildProcess;
  /** ms from spawn to the line matching `until` */
  ms: number;
  /** what the process wrote until then (stdout and stderr) */
  output: string;
}

/**
 * Spawns a process and resolves when a line of its stdout or stderr matches `until`, with the time
 * it took. Rejects when the process exits first or after `timeoutMs`, showing its output.
 */
export function spawnUntil(command: string, args: readonly string[], opts: { env: NodeJS.ProcessEnv; until: RegExp; timeoutMs?: number }): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve({ child, ms: performance.now() - t0, output });
    };
    const timer = setTimeout(() => finish(new Error(`${command} ${args.join(' ')}: no line matching ${opts.until} within ${opts.timeoutMs ?? 30_000} ms:\n${output.slice(-2000)}`)), opts.timeoutMs ?? 30_000);
    const watch = (chunk: Buffer) => {
      const before = output.length;
      output += chunk.toString('utf8');
      // test whole lines only, starting from the last line break before the new text
      const from = output.lastIndexOf('\n', before) + 1;
      if (output.slice(from).split('\n').some((line) => opts.until.test(line))) finish();
      if (output.length > 1_000_000) output = output.slice(-100_000);
    };
    child.stdout!.on('data', watch);
    child.stderr!.on('data', watch);
    child.on('exit', (code) => finish(new Error(`${command} exited with ${code} before ${opts.until}:\n${output.slice(-2000)}`)));
  });
}

/** Stops a spawned process (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Resident and peak resident memory of a running process, in bytes (Linux /proc). */
export function readRss(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/**
 * `node --input-type=module -e PEAK_RSS_WRAPPER -- script.js args...` runs script.js with its own
 * argv and prints the process's peak RSS (bytes) on stderr at exit.
 */
export const PEAK_RSS_WRAPPER = `process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS * 1024 + '\\n'));
await import(process.argv[1]);`;

export function readPeakRss(stderr: string): number {
  return Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? NaN);
}
