import { defineConfig } from 'vitest/config';

/** The Slack and Discord adapters through the real Bolt app and discord.js client on loopback. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/integration/slack/**/*.test.ts', 'tests/integration/discord/**/*.test.ts', 'tests/integration/chat/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
