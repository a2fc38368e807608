import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // integration tests start real servers on loopback; give them room but keep runs bounded
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // worker threads started by the code under test load its TypeScript sources through these hooks
    execArgv: ['--import', './tests/helpers/register-typescript-hooks.mjs'],
    maxWorkers: 2,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
