/**
 * Runs CPU-bound jobs one at a time, each in its own turn of the event loop (setImmediate), so
 * incoming requests are read, verified and acknowledged between two answers instead of waiting
 * behind a burst of them: Slack wants the ack within 3 s, and it is the user's latency too.
 */
export function createTurnQueue(): <T>(job: () => T | Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => T | Promise<T>): Promise<T> => {
    const run = tail.then(() => new Promise<T>((resolve, reject) => setImmediate(() => Promise.resolve().then(job).then(resolve, reject))));
    tail = run.catch(() => undefined);
    return run;
  };
}
