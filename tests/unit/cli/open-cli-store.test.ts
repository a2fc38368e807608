import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDbPath } from '../../../src/cli/open-cli-store.js';
import { packageRoot } from '../../../src/store/package-root.js';
import { captureCliIo } from '../../helpers/capture-cli-io.js';

describe('resolveDbPath', () => {
  it('uses the database inside the package when neither --db nor NORMBOT_DB is given', () => {
    expect(resolveDbPath(undefined, captureCliIo())).toBe(path.join(packageRoot(), 'data', 'normbot.sqlite'));
  });

  it('prefers --db over NORMBOT_DB', () => {
    expect(resolveDbPath('/tmp/a.sqlite', captureCliIo({ env: { NORMBOT_DB: '/tmp/b.sqlite' } }))).toBe('/tmp/a.sqlite');
  });

  it('uses NORMBOT_DB when --db is not given', () => {
    expect(resolveDbPath(undefined, captureCliIo({ env: { NORMBOT_DB: '/tmp/b.sqlite' } }))).toBe('/tmp/b.sqlite');
  });

  it('finds the package root from its package.json, not the working directory', () => {
    expect(path.basename(packageRoot())).not.toBe('');
    expect(packageRoot()).toBe(path.resolve(import.meta.dirname, '../../..'));
  });
});
