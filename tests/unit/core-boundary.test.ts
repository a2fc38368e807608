import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listImports, sourceFiles, srcDir } from '../helpers/list-imports.js';

const coreDir = path.join(srcDir, 'core');

describe('src/core boundary', () => {
  it('imports only zod and other core modules', () => {
    const offenders = sourceFiles(coreDir).flatMap((file) =>
      listImports(file)
        .filter(({ spec, resolved }) => !(spec === 'zod' || (spec.startsWith('.') && resolved.startsWith(coreDir))))
        .map(({ spec }) => `${path.relative(coreDir, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
