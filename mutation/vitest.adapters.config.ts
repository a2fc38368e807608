import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;
const shared = {
  root,
  testTimeout: 30_000,
  hookTimeout: 60_000,
  // as in vitest.config.ts: the intake's document extractor (a worker thread the Slack and Discord
  // tests reach by ingesting mail) loads its TypeScript sources through these hooks; Stryker runs
  // the tests in worker threads, which pass these arguments on to the extractor's thread
  execArgv: ['--import', new URL('../tests/helpers/register-typescript-hooks.mjs', import.meta.url).pathname],
};

/**
 * The Slack and Discord adapters through the real Bolt app and discord.js client on loopback.
 * Stryker reruns the tests that cover each mutant; importing Bolt, the store and the intake anew
 * for every rerun is most of its time, so the Slack tests share their loaded modules between files
 * (isolate: false; mutants are switched on at run time and every test opens its own store, servers
 * and bot). The Discord tests stay isolated: discord.js's multipart uploads break once another
 * file's modules are loaded in the same thread.
 */
export default defineConfig({
  test: {
    ...shared,
    projects: [
      { test: { ...shared, name: 'slack', include: ['tests/integration/slack/**/*.test.ts'], isolate: false } },
      { test: { ...shared, name: 'discord', include: ['tests/integration/discord/**/*.test.ts', 'tests/integration/chat/**/*.test.ts'] } },
    ],
  },
});
