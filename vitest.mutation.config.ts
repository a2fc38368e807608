import { defineConfig } from 'vitest/config';

/**
 * The tests that exercise src/bots and src/core/chat, for mutation testing (stryker.config.json):
 * the adapters' unit tests and the Slack, Discord and chat integration tests (real Bolt and
 * discord.js over loopback). The IMAP, SMTP and parser tests do not reach these files.
 */
export default defineConfig({
  test: {
    include: [
      'tests/unit/bots/**/*.test.ts',
      'tests/unit/chat/**/*.test.ts',
      'tests/unit/errors.test.ts',
      'tests/integration/slack/**/*.test.ts',
      'tests/integration/discord/**/*.test.ts',
      'tests/integration/chat/**/*.test.ts',
      'tests/integration/desk/**/*.test.ts',
      'tests/integration/moderation/chat-moderation.test.ts',
      'tests/integration/moderation/ingested-draft.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
