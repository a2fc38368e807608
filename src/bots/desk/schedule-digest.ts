/** Milliseconds from `now` to the next `hourUtc`:00 UTC (tomorrow's when today's has passed). */
export function msUntilNextDigest(now: Date, hourUtc: number): number {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc, 0, 0, 0));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}

/**
 * Runs `post` every day at `hourUtc` UTC. The clock is injected; each run re-reads it, so the
 * schedule does not drift. Returns a function that stops the timer.
 */
export function scheduleDigest(opts: { now: () => Date; hourUtc: number; post: () => Promise<unknown>; onError: (error: unknown) => void }): () => void {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  // after a run, look from a minute ahead: a timer firing a hair early must not post twice
  const arm = (afterRun: boolean) => {
    if (stopped) return;
    const skew = afterRun ? 60_000 : 0;
    const delay = msUntilNextDigest(new Date(opts.now().getTime() + skew), opts.hourUtc) + skew;
    timer = setTimeout(() => {
      opts.post().catch(opts.onError).finally(() => arm(true));
    }, delay);
    timer.unref();
  };
  arm(false);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
