import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChannelWorker, type DrawCard } from '../../../../src/bots/desk/create-channel-worker.js';
import { CardChannelError } from '../../../../src/errors.js';
import { aFakeChannel } from '../../../helpers/fake-card-channel.js';

let logs: Array<Record<string, unknown>>;
const logger = () => pino({ level: 'debug' }, { write: (l: string) => void logs.push(JSON.parse(l) as Record<string, unknown>) });
const subject = (id: number) => ({ kind: 'draft' as const, id });

beforeEach(() => {
  logs = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a channel worker', () => {
  it('spends at most three tries within ten seconds on a card the platform keeps refusing', async () => {
    const tries: number[] = [];
    const draw: DrawCard = async () => {
      tries.push(Date.now());
      throw new CardChannelError('HTTP 503', { retryable: true });
    };
    const worker = createChannelWorker({ channel: aFakeChannel().channel, draw, logger: logger() });
    const t0 = Date.now();
    worker.enqueue(subject(1));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tries.map((t) => t - t0)).toEqual([0, 1_000, 4_000]);
    expect(logs.at(-1)).toMatchObject({ msg: 'card not drawn; the periodic repair will try again', tries: 3 });
  });

  it('waits out Retry-After, and gives up when the next try would start after the ten seconds', async () => {
    const tries: number[] = [];
    const draw: DrawCard = async () => {
      tries.push(Date.now());
      throw new CardChannelError('rate limited', { retryable: true, retryAfterMs: 6_000 });
    };
    const worker = createChannelWorker({ channel: aFakeChannel().channel, draw, logger: logger() });
    const t0 = Date.now();
    worker.enqueue(subject(1));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tries.map((t) => t - t0)).toEqual([0, 6_000]);
  });

  it('keeps drawing other cards while one waits for its retry, and never two of the same card at once', async () => {
    const order: string[] = [];
    let running = 0;
    let overlap = false;
    const draw: DrawCard = async (s) => {
      running += 1;
      if (running > 1 && s.id === 1) overlap = true;
      order.push(`start ${s.id}`);
      await new Promise((r) => setTimeout(r, 10));
      running -= 1;
      if (s.id === 1 && order.filter((o) => o === 'start 1').length === 1) throw new CardChannelError('HTTP 500', { retryable: true });
    };
    const worker = createChannelWorker({ channel: aFakeChannel().channel, draw, logger: logger(), concurrency: 1 });
    worker.enqueue(subject(1));
    worker.enqueue(subject(2));
    worker.enqueue(subject(3));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(order).toEqual(['start 1', 'start 2', 'start 3', 'start 1']);
    expect(overlap).toBe(false);
  });

  it('folds news about a card that waits for a retry into one fresh try, notes kept in order', async () => {
    const seen: string[][] = [];
    let first = true;
    const draw: DrawCard = async (_s, notes) => {
      seen.push([...notes]);
      if (first) {
        first = false;
        throw new CardChannelError('HTTP 500', { retryable: true });
      }
      notes.splice(0);
    };
    const worker = createChannelWorker({ channel: aFakeChannel().channel, draw, logger: logger() });
    worker.enqueue(subject(1), 'approved by Anna');
    await vi.advanceTimersByTimeAsync(10);
    worker.enqueue(subject(1), 'undone by Ben');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen).toEqual([['approved by Anna'], ['approved by Anna', 'undone by Ben']]);
  });

  it('paces calls to the platform: a burst, then so many per second', async () => {
    const at: number[] = [];
    const draw: DrawCard = async (_s, _n, paced) => paced(async () => void at.push(Date.now()));
    const worker = createChannelWorker({ channel: aFakeChannel('slack', { burst: 2, perSecond: 1 }).channel, draw, logger: logger(), concurrency: 5 });
    const t0 = Date.now();
    for (const id of [1, 2, 3, 4]) worker.enqueue(subject(id));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(at.map((t) => t - t0)).toEqual([0, 0, 1_000, 2_000]);
  });

  it('pauses the whole channel for a Retry-After', async () => {
    const at: Array<[number, number]> = [];
    let limited = true;
    const draw: DrawCard = async (s, _n, paced) =>
      paced(async () => {
        at.push([s.id, Date.now()]);
        if (s.id === 1 && limited) {
          limited = false;
          throw new CardChannelError('rate limited', { retryable: true, retryAfterMs: 3_000 });
        }
      });
    const worker = createChannelWorker({ channel: aFakeChannel('slack', { burst: 10, perSecond: 10 }).channel, draw, logger: logger(), concurrency: 1 });
    const t0 = Date.now();
    worker.enqueue(subject(1));
    worker.enqueue(subject(2));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(at.map(([id, t]) => [id, t - t0])).toEqual([[1, 0], [2, 3_000], [1, 3_000]]);
  });

  it('is idle only when nothing is queued, drawing or waiting for a retry', async () => {
    let fail = true;
    const draw: DrawCard = async () => {
      if (fail) {
        fail = false;
        throw new CardChannelError('HTTP 500', { retryable: true });
      }
    };
    const worker = createChannelWorker({ channel: aFakeChannel().channel, draw, logger: logger() });
    let idle = false;
    worker.enqueue(subject(1));
    void worker.idle().then(() => (idle = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(idle).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(idle).toBe(true);
  });
});
