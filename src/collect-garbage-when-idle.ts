import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { collectGarbage } from './intake/parse/collect-garbage.js';

export interface IdleCollectorOptions {
  /** how often the event loop and the heap are looked at */
  everyMs: number;
  /** the heap must have grown this much since the last collection */
  growthBytes: number;
  /** the share of the last `everyMs` the event loop was busy, under which the bot counts as idle */
  idleBelow: number;
  collect?: () => void;
  heapUsed?: () => number;
  /** the event loop's busy share since the previous call */
  busyShare?: () => number;
}

/**
 * A full garbage collection when the bot is idle and its heap has grown since the last one.
 * Answers, chart uploads and mail leave tens of megabytes of garbage in the old generation that V8
 * keeps, resident, until it needs room, maybe not for hours of a quiet bot; collecting while the
 * event loop has nothing to do gives it back without slowing an answer. Returns a stop function.
 */
export function collectGarbageWhenIdle(opts: IdleCollectorOptions): () => void {
  const collect = opts.collect ?? collectGarbage;
  const heapUsed = opts.heapUsed ?? (() => v8.getHeapStatistics().used_heap_size);
  const busyShare = opts.busyShare ?? eventLoopBusyShare();
  let afterLast = heapUsed();
  const timer = setInterval(() => {
    if (busyShare() >= opts.idleBelow || heapUsed() - afterLast < opts.growthBytes) return;
    collect();
    afterLast = heapUsed();
  }, opts.everyMs);
  // never what keeps the process running
  timer.unref();
  return () => clearInterval(timer);
}

function eventLoopBusyShare(): () => number {
  let last = performance.eventLoopUtilization();
  return () => {
    const share = performance.eventLoopUtilization(last).utilization;
    last = performance.eventLoopUtilization();
    return share;
  };
}
