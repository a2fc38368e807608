import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCardSync } from '../../../src/bots/start-card-sync.js';

function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('startCardSync', () => {
  it('syncs once at start and then every interval until stopped', async () => {
    vi.useFakeTimers();
    const { logger } = capturingLogger();
    let runs = 0;
    const stop = startCardSync({ sync: async () => (runs++, { posted: 0, updated: 0 }), everyMs: 1000, logger });
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(2500);
    expect(runs).toBe(3);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(3);
  });

  it('skips a tick while the previous sync is still running', async () => {
    vi.useFakeTimers();
    const { logger } = capturingLogger();
    let runs = 0;
    let finish = () => {};
    const stop = startCardSync({
      sync: () => (runs++, new Promise((resolve) => (finish = () => resolve({ posted: 0, updated: 0 })))),
      everyMs: 1000,
      logger,
    });
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    stop();
  });

  it('logs a failed sync by its message and keeps going', async () => {
    const { logger, lines } = capturingLogger();
    const runs: Promise<void>[] = [];
    const stop = startCardSync({ sync: () => Promise.reject(new Error('channel archived')), everyMs: 60_000, logger, track: (run) => void runs.push(run) });
    await Promise.all(runs);
    stop();
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, msg: 'draft card sync failed', err: 'channel archived' }));
  });

  it('logs what a sync did only when it did something', async () => {
    const { logger, lines } = capturingLogger();
    const runs: Promise<void>[] = [];
    const stop = startCardSync({ sync: async () => ({ posted: 2, updated: 1 }), everyMs: 60_000, logger, track: (run) => void runs.push(run) });
    await Promise.all(runs);
    stop();
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'draft cards synced', posted: 2, updated: 1 }));
  });
});
