import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { botEntry, botNodeFlags } from './bot-node-flags.js';

export interface BotProcess {
  readonly pid: number;
  /** resolves when the process has ended, however */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** the highest resident set size the process reached (VmHWM, kB), as last sampled */
  peakRssKb(): number;
  /** the resident set size now (VmRSS, kB); 0 once the process is gone */
  rssKb(): number;
  /** resolves when a log line contains `text`; rejects when the process ends first or after ms */
  waitForLog(text: string, ms?: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * The real bot (the built bundle, as `npm start` runs it) in its own process, with the
 * given environment; its log goes to `logFile`. /proc/<pid>/status is sampled for the peak RSS.
 */
export function spawnBot(env: Record<string, string>, logFile: string): BotProcess {
  const child: ChildProcess = spawn(process.execPath, [...botNodeFlags(), botEntry()], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  let peak = 0;
  const sample = () => {
    try {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process is gone
    }
  };
  const sampler = setInterval(sample, 50);
  const waiters = new Set<{ text: string; resolve: () => void }>();
  let buffered = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    log.write(chunk);
    buffered = (buffered + chunk.toString('utf8')).slice(-64 * 1024);
    for (const w of [...waiters]) if (buffered.includes(w.text)) (waiters.delete(w), w.resolve());
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      clearInterval(sampler);
      log.end();
      resolve({ code, signal });
    }),
  );
  return {
    pid: child.pid!,
    exited,
    peakRssKb: () => {
      sample();
      return peak;
    },
    waitForLog: (text, ms = 60_000) =>
      new Promise<void>((resolve, reject) => {
        if (buffered.includes(text)) return resolve();
        const timer = setTimeout(() => reject(new Error(`no "${text}" in the bot's log within ${ms} ms (see ${logFile})`)), ms);
        const w = { text, resolve: () => (clearTimeout(timer), resolve()) };
        waiters.add(w);
        void exited.then(() => {
          if (waiters.delete(w)) {
            clearTimeout(timer);
            reject(new Error(`the bot ended before logging "${text}" (see ${logFile})`));
          }
        });
      }),
    rssKb: () => {
      try {
        return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        return 0;
      }
    },
    kill: (signal) => void child.kill(signal),
  };
}
