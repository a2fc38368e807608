import { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { CliIo } from './cli-io.js';

export interface ProgressBar {
  update(done: number, counts: Record<string, number>): void;
  stop(): void;
}

/**
 * A progress bar on stderr when stderr is a terminal (stdout keeps the report, pipes stay clean);
 * null otherwise. `fields` name the counts shown after the bar.
 */
export function startProgressBar(io: CliIo, total: number, fields: readonly string[]): ProgressBar | null {
  if (!io.stderrIsTty || total === 0) return null;
  // cli-progress writes to a stream and asks it whether it is a terminal and how wide it is
  const stream = Object.assign(new Writable({ write: (chunk: Buffer, _enc, done) => (io.stderr(chunk.toString()), done()) }), {
    isTTY: true,
    columns: Number(io.env.COLUMNS) || process.stderr.columns || 80,
  });
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `{bar} {value}/{total} ${fields.map((f) => `${f} {${f}}`).join('  ')}  {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, Object.fromEntries(fields.map((f) => [f, 0])));
  return {
    update: (done, counts) => bar.update(done, counts),
    stop: () => bar.stop(),
  };
}
