import type { Reply } from '../../core/reply/reply.js';

/**
 * Replies whose pages are reachable by Prev/Next buttons, keyed by the key in the buttons' custom
 * ids. Small and short-lived: after a restart or `ttlMs`, a click gets "ask again" instead.
 */
export interface PageCache {
  put(key: string, reply: Reply): void;
  get(key: string): Reply | null;
}

export function createPageCache(options: { max?: number; ttlMs?: number; now?: () => number } = {}): PageCache {
  const max = options.max ?? 500;
  const ttlMs = options.ttlMs ?? 60 * 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { reply: Reply; at: number }>();
  return {
    put(key, reply) {
      entries.delete(key);
      entries.set(key, { reply, at: now() });
      // Map keeps insertion order: the first key is the oldest
      while (entries.size > max) entries.delete(entries.keys().next().value as string);
    },
    get(key) {
      const hit = entries.get(key);
      if (!hit) return null;
      if (now() - hit.at > ttlMs) {
        entries.delete(key);
        return null;
      }
      return hit.reply;
    },
  };
}
