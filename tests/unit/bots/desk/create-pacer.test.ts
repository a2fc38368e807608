import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer } from '../../../../src/bots/desk/create-pacer.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

async function timesOf(waits: Array<Promise<void>>, t0: number): Promise<number[]> {
  const at: number[] = [];
  waits.forEach((w, i) => void w.then(() => (at[i] = Date.now() - t0)));
  await vi.advanceTimersByTimeAsync(20_000);
  return at;
}

describe('a pacer', () => {
  it('lets a burst through at once, then one call every 1/perSecond seconds', async () => {
    const pacer = createPacer({ burst: 2, perSecond: 4 });
    const t0 = Date.now();
    expect(await timesOf([pacer.wait(), pacer.wait(), pacer.wait(), pacer.wait()], t0)).toEqual([0, 0, 250, 500]);
  });

  it('paces slower than one a second', async () => {
    const pacer = createPacer({ burst: 1, perSecond: 0.5 });
    const t0 = Date.now();
    expect(await timesOf([pacer.wait(), pacer.wait(), pacer.wait()], t0)).toEqual([0, 2_000, 4_000]);
  });

  it('refills with the time that passed, never beyond the burst', async () => {
    const pacer = createPacer({ burst: 2, perSecond: 4 });
    await pacer.wait();
    await pacer.wait();
    await vi.advanceTimersByTimeAsync(125); // half a token back
    const t0 = Date.now();
    expect(await timesOf([pacer.wait()], t0)).toEqual([125]);
    await vi.advanceTimersByTimeAsync(10_000); // a long quiet spell gives back the burst, not forty calls
    const t1 = Date.now();
    expect(await timesOf([pacer.wait(), pacer.wait(), pacer.wait()], t1)).toEqual([0, 0, 250]);
  });

  it('lets nothing out during a pause', async () => {
    const pacer = createPacer({ burst: 5, perSecond: 5 });
    const t0 = Date.now();
    pacer.pause(3_000);
    pacer.pause(1_000); // a shorter pause does not cut the longer one
    expect(await timesOf([pacer.wait(), pacer.wait()], t0)).toEqual([3_000, 3_000]);
  });
});
