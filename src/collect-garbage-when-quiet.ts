import { collectGarbage } from './intake/parse/collect-garbage.js';

/**
 * One full garbage collection once the bot has been quiet for `quietMs` after some work (`touch`).
 * Answering leaves tens of megabytes of garbage in the old generation (a catalog read, the words
 * and lists of each answer) that V8 would keep for minutes of an idle bot, resident; collecting
 * when nobody waits gives it back without slowing an answer. Each burst of work gives one collection.
 */
export function collectGarbageWhenQuiet(quietMs: number, collect: () => void = collectGarbage): { touch(): void; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  return {
    touch() {
      clearTimeout(timer);
      // never what keeps the process running
      timer = setTimeout(collect, quietMs).unref();
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
