import type { CardSubject } from '../../core/desk/card-subject.js';
import { subjectKey } from '../../core/desk/card-subject.js';
import { CardChannelError, describeError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { CardChannel } from './card-channel.js';
import { createPacer } from './create-pacer.js';

/** At most `tries` attempts per card, the last one starting within `withinMs` of the first. */
export interface RetryBudget {
  tries: number;
  withinMs: number;
  /** wait before the 2nd, 3rd, ... try */
  delaysMs: readonly number[];
}

/** Issue #10: a card gets a short budget, then waits for the periodic repair instead of holding anything. */
export const CARD_RETRY_BUDGET: RetryBudget = { tries: 3, withinMs: 10_000, delaysMs: [1_000, 3_000] };

interface Job {
  subject: CardSubject;
  /** lines for the card's thread, sent after the card is drawn */
  notes: string[];
  tries: number;
  firstAt: number;
}

/** Draws one subject's card on the channel; `paced` wraps every platform call. */
export type DrawCard = (subject: CardSubject, notes: string[], paced: <T>(call: () => Promise<T>) => Promise<T>) => Promise<void>;

export interface ChannelWorker {
  enqueue(subject: CardSubject, note?: string): void;
  /** resolves when nothing is queued, running or waiting for a retry */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * The card work of one platform: one queue entry per subject (a newer event merges into a queued
 * one), a few cards in flight at once, never two for the same subject, every call paced to the
 * platform's limits. A failing card waits for its retry on a timer, so it never blocks the others.
 */
export function createChannelWorker(deps: { channel: CardChannel; draw: DrawCard; logger: Logger; retry?: RetryBudget; concurrency?: number; now?: () => number }): ChannelWorker {
  const { channel, logger } = deps;
  const retry = deps.retry ?? CARD_RETRY_BUDGET;
  const concurrency = deps.concurrency ?? 3;
  const now = deps.now ?? Date.now;
  const pacer = createPacer(channel.pace, now);
  const queued = new Map<string, Job>();
  const running = new Set<string>();
  const waiting = new Map<string, { job: Job; timer: NodeJS.Timeout }>();
  let idleWaiters: Array<() => void> = [];
  let stopped = false;

  const paced = async <T>(call: () => Promise<T>): Promise<T> => {
    await pacer.wait();
    try {
      return await call();
    } catch (error) {
      if (error instanceof CardChannelError && error.detail.retryAfterMs) pacer.pause(error.detail.retryAfterMs);
      throw error;
    }
  };

  const settle = () => {
    if (queued.size > 0 || running.size > 0 || waiting.size > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const failed = (job: Job, key: string, error: unknown) => {
    const log = { platform: channel.platform, subject: key, tries: job.tries, ...describeError(error) };
    const detail = error instanceof CardChannelError ? error.detail : { retryable: true };
    const delay = Math.max(retry.delaysMs[job.tries - 1] ?? retry.delaysMs.at(-1) ?? 1_000, detail.retryAfterMs ?? 0);
    if (stopped || !detail.retryable || job.tries >= retry.tries || now() + delay - job.firstAt > retry.withinMs) {
      logger.error(log, 'card not drawn; the periodic repair will try again');
      return;
    }
    logger.warn({ ...log, retryInMs: delay }, 'card not drawn; retrying');
    const timer = setTimeout(() => {
      waiting.delete(key);
      merge(job);
      pump();
    }, delay);
    timer.unref();
    waiting.set(key, { job, timer });
  };

  const start = (key: string, job: Job) => {
    running.add(key);
    job.tries += 1;
    deps
      .draw(job.subject, job.notes, paced)
      .catch((error: unknown) => failed(job, key, error))
      .finally(() => {
        running.delete(key);
        pump();
        settle();
      });
  };

  const pump = () => {
    for (const [key, job] of queued) {
      if (running.size >= concurrency) return;
      if (running.has(key)) continue;
      queued.delete(key);
      start(key, job);
    }
  };

  // drawing starts on a later turn, so whoever caused the change (a click) answers its user first
  let pumpScheduled = false;
  const schedulePump = () => {
    if (pumpScheduled) return;
    pumpScheduled = true;
    setImmediate(() => {
      pumpScheduled = false;
      pump();
    });
  };

  /** a queued job for the same subject takes the newer notes; a retry waiting is folded in */
  const merge = (job: Job) => {
    const key = subjectKey(job.subject);
    const current = queued.get(key);
    if (current) current.notes.push(...job.notes);
    else queued.set(key, job);
  };

  return {
    enqueue(subject, note) {
      if (stopped) return;
      const key = subjectKey(subject);
      const job: Job = { subject, notes: note ? [note] : [], tries: 0, firstAt: now() };
      const retrying = waiting.get(key);
      if (retrying) {
        // news about a card that is waiting for a retry: draw it now, with a fresh budget
        clearTimeout(retrying.timer);
        waiting.delete(key);
        job.notes.unshift(...retrying.job.notes);
      }
      merge(job);
      schedulePump();
    },
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settle();
      });
    },
    stop() {
      stopped = true;
      for (const { timer } of waiting.values()) clearTimeout(timer);
      waiting.clear();
      queued.clear();
      settle();
    },
  };
}
