import type { Feedback, FeedbackStore } from '../../src/core/feedback/feedback.js';

/** The feedback port over an array: one verdict per person and answer, as the SQLite store keeps it. */
export function memoryFeedbackStore(): FeedbackStore & { entries: Feedback[] } {
  const entries: Feedback[] = [];
  return {
    entries,
    record: async (f) => {
      const same = entries.findIndex((e) => e.platform === f.platform && e.actorId === f.actorId && e.conversation === f.conversation && e.turnId === f.turnId);
      const stored = { ...f, id: same >= 0 ? (entries[same]?.id ?? 0) : entries.length + 1 };
      if (same >= 0) entries[same] = stored;
      else entries.push(stored);
      return stored;
    },
    list: async () => [...entries].reverse(),
  };
}
