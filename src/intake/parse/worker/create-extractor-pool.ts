import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadResult } from '../document/read-attachment.js';
import { LIMITS } from '../limits.js';
import { warning } from '../parse-warning.js';

/** A document to read in the worker; `name` is how warnings call it. */
export type ExtractorJob = { kind: 'html'; name: string; html: string } | { kind: 'docx' | 'pdf'; name: string; bytes: Uint8Array };
/**
 * What the worker posts: 'ready' once its modules are loaded, then one reply per job, with the bytes
 * its own heap and buffers hold after it (process.memoryUsage heapTotal + external, in the worker).
 */
export type ExtractorReply = 'ready' | { id: number; result: ReadResult; heldBytes: number } | { id: number; error: string; heldBytes: number };

export class ExtractorStoppedError extends Error {
  readonly code = 'EXTRACTOR_STOPPED';
  constructor() {
    super('document extraction stopped: normbot is stopping; the message stays stored and is read at the next start');
    this.name = 'ExtractorStoppedError';
  }
}

/** A document's blocks and warnings, the milliseconds the worker spent on it (start-up not counted), and which worker (threadId) read it. */
export type ExtractorResult = ReadResult & { ms: number; workerId?: number };

export interface ExtractorPool {
  /**
   * Reads a document in the worker, within `timeoutMs` and the memory limits; a document over a
   * limit gives no blocks and a warning. Rejects with ExtractorStoppedError once the pool is stopped.
   */
  run(job: ExtractorJob, timeoutMs: number): Promise<ExtractorResult>;
  /** Terminates the worker, even mid-document, and refuses further work. */
  stop(): Promise<void>;
}

// next to this module: extractor-worker.js in dist/; under vitest the .ts source, which Node loads
// through the hooks vitest.config.ts registers (tests/helpers/register-typescript-hooks.mjs)
const WORKER_ENTRY = new URL(`./extractor-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);
const MB = 1024 * 1024;
/** how often resident memory is compared with EXTRACTOR_RSS_GROWTH_MB during an extraction */
const RSS_CHECK_MS = 50;

interface Job {
  id: number;
  job: ExtractorJob;
  timeoutMs: number;
  /** when the worker got it */
  started: number;
  workerId: number;
  settle(outcome: ExtractorResult | Error): void;
}

/**
 * One worker thread, reused from document to document (starting one costs tens of milliseconds),
 * that reads one document at a time under resourceLimits, a timer and a watch on resident memory,
 * and is terminated when a document goes over a limit or the pool stops. It keeps the process alive
 * only while it works, and ends after EXTRACTOR_IDLE_MS idle (`idleMs`: 0 ends it after each document),
 * or at once after a document when it holds more than `recycleMb` of heap and buffers.
 */
export function createExtractorPool(options: { idleMs?: number; recycleMb?: number } = {}): ExtractorPool {
  const idleMs = options.idleMs ?? LIMITS.EXTRACTOR_IDLE_MS;
  const recycleBytes = (options.recycleMb ?? LIMITS.EXTRACTOR_RECYCLE_MB) * MB;
  const queue: Job[] = [];
  let worker: Worker | null = null;
  /** resolves when the last worker ended on a limit is gone, so two never hold memory at once */
  let ended: Promise<unknown> = Promise.resolve();
  let current: Job | null = null;
  let stopped = false;
  let nextId = 1;
  let idleTimer: NodeJS.Timeout | undefined;
  let watch: { timer: NodeJS.Timeout; rss: NodeJS.Timeout } | null = null;

  /** A new worker, and when it has loaded its modules (a document's time starts then). */
  function spawn(): { worker: Worker; ready: Promise<void> } {
    const w = new Worker(WORKER_ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: LIMITS.EXTRACTOR_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    let failure: Error | null = null;
    let markReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    w.on('message', (reply: ExtractorReply) => {
      if (reply === 'ready') return markReady();
      if (w !== worker || current?.id !== reply.id) return;
      // a worker that holds much after a document gives it back now, not after EXTRACTOR_IDLE_MS: the
      // next document then starts from a fresh heap and the process's peak stays bounded
      if (reply.heldBytes > recycleBytes) end(null);
      finish('result' in reply ? reply.result : extractionFailed(current.job, reply.error));
    });
    w.on('error', (error) => (failure = error));
    w.on('exit', () => {
      markReady();
      if (w !== worker) return; // ended by end(): already settled
      worker = null;
      if (!current) return;
      const outOfMemory = (failure as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(outOfMemory ? overMemory(current.job) : extractionFailed(current.job, failure?.message ?? 'the extractor stopped'));
    });
    return { worker: w, ready };
  }

  async function pump(): Promise<void> {
    if (current || stopped || queue.length === 0) return;
    const next = queue.shift()!;
    current = next;
    clearTimeout(idleTimer);
    await ended;
    if (stopped || current !== next) return;
    if (!worker) {
      const started = spawn();
      worker = started.worker;
      await started.ready;
      if (stopped || current !== next || !worker) return;
    }
    worker.ref();
    const startRss = process.memoryUsage.rss();
    next.started = performance.now();
    next.workerId = worker.threadId;
    watch = {
      timer: setTimeout(() => end(overTime(next.job, next.timeoutMs)), next.timeoutMs),
      rss: setInterval(() => {
        if (process.memoryUsage.rss() - startRss > LIMITS.EXTRACTOR_RSS_GROWTH_MB * MB) end(overMemory(next.job));
      }, RSS_CHECK_MS),
    };
    const transfer = next.job.kind === 'html' ? [] : [next.job.bytes.buffer as ArrayBuffer];
    worker.postMessage({ id: next.id, job: next.job }, transfer);
  }

  function finish(outcome: ReadResult | Error): void {
    if (watch) {
      clearTimeout(watch.timer);
      clearInterval(watch.rss);
      watch = null;
    }
    const job = current;
    current = null;
    job?.settle(outcome instanceof Error ? outcome : { ...outcome, ms: job.started ? performance.now() - job.started : 0, workerId: job.workerId });
    if (worker) {
      worker.unref();
      const idle = worker;
      idleTimer = setTimeout(() => idle === worker && !current && end(null), idleMs);
      idleTimer.unref();
    }
    void pump();
  }

  /** Terminates the worker; the document being read (if any) gets `outcome`. */
  function end(outcome: ReadResult | Error | null): void {
    const w = worker;
    worker = null;
    if (w) ended = w.terminate().catch(() => undefined);
    if (outcome && current) finish(outcome);
  }

  return {
    run(job, timeoutMs) {
      if (stopped) return Promise.reject(new ExtractorStoppedError());
      if (timeoutMs <= 0) return Promise.resolve({ ...overTime(job, 0), ms: 0, workerId: 0 });
      // the bytes are handed over to the worker: a copy, so the caller's buffer stays usable
      const own: ExtractorJob = job.kind === 'html' ? job : { ...job, bytes: new Uint8Array(job.bytes) };
      return new Promise<ExtractorResult>((resolve, reject) => {
        queue.push({ id: nextId++, job: own, timeoutMs, started: 0, workerId: 0, settle: (o) => (o instanceof Error ? reject(o) : resolve(o)) });
        void pump();
      });
    },
    async stop() {
      stopped = true;
      clearTimeout(idleTimer);
      for (const job of queue.splice(0)) job.settle(new ExtractorStoppedError());
      end(new ExtractorStoppedError());
      await ended;
    },
  };
}

function overTime(job: ExtractorJob, ms: number): ReadResult {
  const why = ms > 0 ? `took longer than ${ms} ms to read` : `was not read: the message's ${LIMITS.MAX_MESSAGE_EXTRACTION_MS} ms for reading documents were used up`;
  return { blocks: [], warnings: [warning('document-timeout', `${job.name} ${why}; skipped`)] };
}

function overMemory(job: ExtractorJob): ReadResult {
  return { blocks: [], warnings: [warning('document-memory-limit', `${job.name} needed more memory than the limit (${LIMITS.EXTRACTOR_HEAP_MB} MB heap, ${LIMITS.EXTRACTOR_RSS_GROWTH_MB} MB in all) to read; skipped`)] };
}

/** The warning for a document whose reader failed, in the worker or (a small HTML body) in the parsing thread. */
export function extractionFailed(job: ExtractorJob, message: string): ReadResult {
  return { blocks: [], warnings: [warning('extractor-failed', `${job.name} could not be read (${message.split('\n')[0]!.slice(0, 160)})`)] };
}
