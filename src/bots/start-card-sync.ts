import type { Logger } from '../logger.js';
import { describeError } from './describe-error.js';

export interface CardSyncOptions {
  /** posts new cards and refreshes stale ones; what it did is logged when it did anything */
  sync: () => Promise<{ posted: number; updated: number }>;
  everyMs: number;
  logger: Logger;
  /** hands each run to the caller (Discord waits for it on idle/stop) */
  track?: (run: Promise<void>) => void;
}

/**
 * Runs a card sync now, so drafts that arrived while the bot was down get cards at start-up, then
 * every `everyMs`, skipping a tick while the previous run is still busy. Returns the stop function.
 */
export function startCardSync(options: CardSyncOptions): () => void {
  const { sync, logger } = options;
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    const run = sync()
      .then((out) => void (out.posted || out.updated ? logger.info(out, 'draft cards synced') : undefined))
      .catch((error: unknown) => logger.error(describeError(error), 'draft card sync failed'))
      .finally(() => {
        busy = false;
      });
    options.track?.(run);
  };
  tick();
  const timer = setInterval(tick, options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
