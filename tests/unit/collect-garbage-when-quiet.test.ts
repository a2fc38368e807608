import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectGarbageWhenQuiet } from '../../src/collect-garbage-when-quiet.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('garbage collected once the bot is quiet', () => {
  it('collects once after a burst of work, when the last piece of work is quietMs old, and not during the burst', () => {
    const collect = vi.fn();
    const quiet = collectGarbageWhenQuiet(5_000, collect);
    for (let i = 0; i < 10; i++) {
      quiet.touch();
      vi.advanceTimersByTime(1_000);
    }
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(4_000);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(collect).toHaveBeenCalledTimes(1);
    // the next burst gets its own collection
    quiet.touch();
    vi.advanceTimersByTime(5_000);
    expect(collect).toHaveBeenCalledTimes(2);
  });

  it('collects nothing after stop', () => {
    const collect = vi.fn();
    const quiet = collectGarbageWhenQuiet(5_000, collect);
    quiet.touch();
    quiet.stop();
    vi.advanceTimersByTime(10_000);
    expect(collect).not.toHaveBeenCalled();
  });
});
