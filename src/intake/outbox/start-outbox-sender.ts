import { sendDueMail, type OutboxDeps } from './send-due-mail.js';

export interface OutboxSender {
  /** runs a pass now (after a contribution was committed) instead of waiting for the next tick */
  wake(): void;
  stop(): Promise<void>;
}

/** Sends due mail every intervalMs until stopped; one pass at a time. */
export function startOutboxSender(deps: OutboxDeps, intervalMs = 5_000): OutboxSender {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const tick = (): void => {
    if (stopped) return;
    clearTimeout(timer);
    running = running
      .then(() => sendDueMail(deps))
      .then(
        () => undefined,
        (error: unknown) => deps.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'outbox pass failed'),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    wake: tick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
