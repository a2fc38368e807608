import { defineConfig } from 'vitest/config';

/** The Slack and Discord adapters through the real Bolt app and discord.js client on loopback. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/integration/slack/**/*.test.ts', 'tests/integration/discord/**/*.test.ts', 'tests/integration/chat/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // as in vitest.config.ts: the intake's document extractor (a worker thread the Slack and Discord
    // tests reach by ingesting mail) loads its TypeScript sources through these hooks; Stryker runs
    // the tests in worker threads, which pass these arguments on to the extractor's thread.
    // Keep isolate on: with shared modules (isolate: false) Stryker reported mutants as surviving
    // that the tests kill when the mutation is applied by hand, and discord.js uploads broke.
    execArgv: ['--import', new URL('../tests/helpers/register-typescript-hooks.mjs', import.meta.url).pathname],
  },
});
