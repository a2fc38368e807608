import type { AnswerDeps } from '../../src/bots/desk/answer-deps.js';
import { createReplyFiles } from '../../src/bots/desk/create-reply-files.js';
import { createMemoryConversationStore } from '../../src/core/conversation/create-memory-conversation-store.js';
import type { Store } from '../../src/store/open-store.js';

/** What src/main.ts gives both chat adapters, over a test's real store: its feedback, a fresh conversation store, real chart and export files. */
export function answerDepsFor(store: Store, now: () => Date = () => new Date()): AnswerDeps {
  return {
    conversations: createMemoryConversationStore(),
    feedback: store.feedback,
    files: createReplyFiles({ loadCatalog: () => store.catalog.loadSnapshot(), changedSince: (since) => store.catalog.changedSince(since), now }),
  };
}

/** For bots that never answer in a test (start-up checks): no feedback store, no files. */
export const NO_ANSWERS: AnswerDeps = { conversations: createMemoryConversationStore(), feedback: null, files: async () => [] };
