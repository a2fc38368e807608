import { defineConfig } from 'vitest/config';

/** Fast tests of the pure parts of src/bots and src/core/chat (renderers, forms, the desk, the chat core). */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: [
      'tests/unit/bots/**/*.test.ts',
      'tests/unit/chat/**/*.test.ts',
      'tests/unit/desk/**/*.test.ts',
      'tests/unit/errors.test.ts',
      'tests/integration/desk/**/*.test.ts',
      'tests/integration/moderation/chat-moderation.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
