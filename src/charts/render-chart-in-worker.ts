import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChartFigure } from '../core/charts/chart-figure.js';
import { ChartRenderError } from '../errors.js';

// next to this module: chart-worker.js in dist/; under vitest the .ts source, which the child loads
// through the hooks vitest passes to Node (the --import arguments of this process's execArgv)
const WORKER_ENTRY = fileURLToPath(new URL(`./chart-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
/** a worker this long without a chart ends */
const IDLE_MS = 2_000;
/** a worker ends after this many charts, and the next chart starts a new one */
const CHARTS_PER_WORKER = 4;

type Outcome = { id: number; png: Uint8Array } | { id: number; error: string };

let worker: { child: ChildProcess; drawn: number; idle?: NodeJS.Timeout } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

/**
 * The figure as PNG bytes, drawn in a child process. Drawing allocates tens of megabytes outside
 * the JavaScript heap (vega's and resvg's buffers, megabytes of pixels per PNG); in a worker thread
 * the C allocator kept them in the bot's process after the thread ended (idle RSS at 10k
 * agreements 40-60 MB higher after six charts). A process gives all of it back to the system when
 * it ends, after a few charts or when charts stop. Drawing off the main thread also keeps it free
 * for chat events. Charts are drawn one at a time, in order.
 */
export function renderChartPngInWorker(figure: ChartFigure, scale?: number): Promise<Buffer> {
  const drawn = queue.then(() => draw(figure, scale));
  queue = drawn.catch(() => undefined);
  return drawn;
}

async function draw(figure: ChartFigure, scale?: number): Promise<Buffer> {
  const current = (worker ??= start());
  clearTimeout(current.idle);
  current.child.ref();
  current.child.channel?.ref();
  const id = nextId++;
  const outcome = await new Promise<Outcome>((resolve) => {
    const settle = (result: Outcome) => {
      current.child.off('message', onMessage).off('exit', onExit).off('error', onError);
      resolve(result);
    };
    const onMessage = (message: Outcome) => {
      if (message.id === id) settle(message);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => settle({ id, error: `the chart worker stopped (${signal ?? `exit code ${code}`})` });
    // a worker that could not start (fork failed) or whose channel is closed sends 'error', maybe never 'exit'
    const onError = (error: Error) => settle({ id, error: `the chart worker failed: ${error.message}` });
    if (current.child.exitCode !== null || current.child.signalCode !== null) return onExit(current.child.exitCode, current.child.signalCode);
    current.child.on('message', onMessage).once('exit', onExit).once('error', onError);
    current.child.send({ id, figure, scale }, (error) => error && onError(error));
  });
  current.drawn += 1;
  if (current.drawn >= CHARTS_PER_WORKER || 'error' in outcome) end(current);
  else {
    // an idle worker does not keep the bot (or a CLI command) running
    current.child.unref();
    current.child.channel?.unref();
    current.idle = setTimeout(() => end(current), IDLE_MS).unref();
  }
  if ('error' in outcome) throw new ChartRenderError(outcome.error);
  return Buffer.from(outcome.png.buffer, outcome.png.byteOffset, outcome.png.byteLength);
}

function start(): NonNullable<typeof worker> {
  // 'advanced': the PNG comes back as bytes, not as JSON. The bot's own V8 flags (a small young
  // generation, an inspector port) are not the drawing's: only the loader hooks of a test run are passed on.
  const execArgv = process.execArgv.filter((arg, i, all) => arg === '--import' || all[i - 1] === '--import');
  const child = fork(WORKER_ENTRY, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
  const started = { child, drawn: 0 };
  // a worker that dies between charts (killed, out of memory) is replaced at the next chart, not written to
  child.once('exit', () => {
    if (worker === started) end(started);
  });
  // errors fail the chart being drawn (draw listens for them), never the bot
  child.on('error', () => undefined);
  return started;
}

function end(w: NonNullable<typeof worker>): void {
  clearTimeout(w.idle);
  if (worker === w) worker = null;
  w.child.kill();
}

/** The current worker process, for tests that end it from outside. */
export function chartWorkerProcess(): ChildProcess | undefined {
  return worker?.child;
}
