const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs CPU-bound jobs one at a time, each in an event-loop turn of its own that `turn` gives (by
 * default the next one; the bot's waits until the pending acks are sent, see create-ack-gate.ts):
 * requests are read, verified and acknowledged between two answers instead of waiting behind a
 * burst of them. Slack wants the ack within 3 s, and it is the user's latency too.
 */
export function createTurnQueue(turn: () => Promise<void> = nextTurn): <T>(job: () => T | Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => T | Promise<T>): Promise<T> => {
    const run = tail.then(turn).then(job);
    tail = run.catch(() => undefined);
    return run;
  };
}
