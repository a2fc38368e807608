import type { Pace } from './card-channel.js';

export interface Pacer {
  /** resolves when the next call may go out */
  wait(): Promise<void>;
  /** the platform said "too many requests": nothing goes out for `ms` */
  pause(ms: number): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * A token bucket per channel: `burst` calls at once, then `perSecond`, in arrival order, so a
 * dozen new drafts are posted as fast as the platform allows and no faster (a 429 pauses all).
 */
export function createPacer(pace: Pace, now: () => number = Date.now): Pacer {
  let tokens = pace.burst;
  let last = now();
  let pausedUntil = 0;
  let tail: Promise<void> = Promise.resolve();
  const take = async (): Promise<void> => {
    for (;;) {
      const t = now();
      if (t < pausedUntil) {
        await sleep(pausedUntil - t);
        continue;
      }
      tokens = Math.min(pace.burst, tokens + ((t - last) / 1000) * pace.perSecond);
      last = t;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - tokens) / pace.perSecond) * 1000));
    }
  };
  return {
    wait() {
      const turn = tail.then(take);
      tail = turn.catch(() => undefined);
      return turn;
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
  };
}
