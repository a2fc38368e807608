import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChartFigure } from '../core/charts/chart-figure.js';
import { ChartRenderError } from '../errors.js';

// next to this module: chart-worker.js in dist/; under vitest the .ts source (see create-extractor-pool.ts)
const WORKER_ENTRY = new URL(`./chart-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);
/** a worker this long without a chart ends */
const IDLE_MS = 2_000;
/** a worker ends after this many charts, and the next chart starts a new one */
const CHARTS_PER_WORKER = 4;

type Outcome = { id: number; png: Uint8Array } | { id: number; error: string };

let worker: { thread: Worker; drawn: number; idle?: NodeJS.Timeout } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

/**
 * The figure as PNG bytes, drawn in a worker thread. Each PNG holds megabytes of pixels in memory
 * the renderer allocates outside the JavaScript heap, which the garbage collector does not see and
 * gives back only at a full collection, maybe minutes later (ten charts held 130 MB): a worker
 * ending after a few charts, or when charts stop, gives them back at once, with the modules that
 * draw them (vega, resvg). Drawing off the main thread also keeps it free for chat events.
 * Charts are drawn one at a time, in order.
 */
export function renderChartPngInWorker(figure: ChartFigure, scale?: number): Promise<Buffer> {
  const drawn = queue.then(() => draw(figure, scale));
  queue = drawn.catch(() => undefined);
  return drawn;
}

async function draw(figure: ChartFigure, scale?: number): Promise<Buffer> {
  const current = (worker ??= start());
  clearTimeout(current.idle);
  current.thread.ref();
  const id = nextId++;
  const outcome = await new Promise<Outcome>((resolve) => {
    const onMessage = (message: Outcome) => {
      if (message.id !== id) return;
      current.thread.off('message', onMessage).off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number) => resolve({ id, error: `the chart worker stopped (exit code ${code})` });
    current.thread.on('message', onMessage).once('exit', onExit);
    current.thread.postMessage({ id, figure, scale });
  });
  current.drawn += 1;
  if (current.drawn >= CHARTS_PER_WORKER || 'error' in outcome) end(current);
  else {
    current.thread.unref();
    current.idle = setTimeout(() => end(current), IDLE_MS).unref();
  }
  if ('error' in outcome) throw new ChartRenderError(outcome.error);
  return Buffer.from(outcome.png.buffer, outcome.png.byteOffset, outcome.png.byteLength);
}

function start(): NonNullable<typeof worker> {
  const thread = new Worker(WORKER_ENTRY);
  // a crash in the worker fails the chart being drawn (its 'exit' follows), never the bot
  thread.on('error', () => undefined);
  return { thread, drawn: 0 };
}

function end(w: NonNullable<typeof worker>): void {
  clearTimeout(w.idle);
  if (worker === w) worker = null;
  void w.thread.terminate();
}
