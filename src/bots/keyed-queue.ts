/**
 * Runs tasks one at a time per key (a draft id), so a click and the periodic sync never post the
 * same card twice or overwrite a newer render with an older one.
 */
export interface KeyedQueue {
  run<T>(key: number, task: () => Promise<T>): Promise<T>;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<number, Promise<unknown>>();
  return {
    run(key, task) {
      const next = (tails.get(key) ?? Promise.resolve()).then(task, task);
      const tail = next.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return next;
    },
  };
}
