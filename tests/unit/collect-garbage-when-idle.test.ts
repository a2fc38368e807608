import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectGarbageWhenIdle } from '../../src/collect-garbage-when-idle.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const MB = 1024 * 1024;

/** A collector over a heap and an event loop the test drives; a collection brings the heap back to 50 MB. */
function collector() {
  const state = { heap: 50 * MB, busy: 0, collections: 0 };
  const stop = collectGarbageWhenIdle({
    everyMs: 2_000,
    idleBelow: 0.05,
    growthBytes: 16 * MB,
    heapUsed: () => state.heap,
    busyShare: () => state.busy,
    collect: () => {
      state.collections++;
      state.heap = 50 * MB;
    },
  });
  return { state, stop };
}

describe('garbage collected when the bot is idle', () => {
  it('collects once the event loop is idle after the heap grew, and not again until it grows again', () => {
    const { state } = collector();
    state.busy = 0.6;
    state.heap = 120 * MB;
    vi.advanceTimersByTime(10_000);
    // busy answering: no collection in the middle of the work
    expect(state.collections).toBe(0);
    state.busy = 0.01;
    vi.advanceTimersByTime(2_000);
    expect(state.collections).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(state.collections).toBe(1);
    state.heap = 70 * MB;
    vi.advanceTimersByTime(2_000);
    expect(state.collections).toBe(2);
  });

  it('leaves a heap that grew less than the threshold alone, and collects nothing after stop', () => {
    const { state, stop } = collector();
    state.heap = 60 * MB;
    vi.advanceTimersByTime(20_000);
    expect(state.collections).toBe(0);
    stop();
    state.heap = 200 * MB;
    vi.advanceTimersByTime(20_000);
    expect(state.collections).toBe(0);
  });
});
