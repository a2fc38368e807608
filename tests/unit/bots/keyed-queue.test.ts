import { describe, expect, it } from 'vitest';
import { createKeyedQueue } from '../../../src/bots/keyed-queue.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createKeyedQueue', () => {
  it('runs tasks for the same key one after another', async () => {
    const queue = createKeyedQueue();
    const order: string[] = [];
    const first = queue.run(1, async () => {
      order.push('first start');
      await tick();
      order.push('first end');
    });
    const second = queue.run(1, async () => void order.push('second'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first start', 'first end', 'second']);
  });

  it('keeps running a key after one of its tasks fails', async () => {
    const queue = createKeyedQueue();
    await expect(queue.run(1, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.run(1, async () => 'next')).toBe('next');
  });

  it('does not make other keys wait', async () => {
    const queue = createKeyedQueue();
    let release = () => {};
    const slow = queue.run(1, () => new Promise<void>((resolve) => (release = resolve)));
    expect(await queue.run(2, async () => 'other')).toBe('other');
    release();
    await slow;
  });
});
