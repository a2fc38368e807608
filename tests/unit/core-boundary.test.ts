import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const coreDir = path.resolve(import.meta.dirname, '../../src/core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('src/core boundary', () => {
  it('imports only zod and other core modules', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(coreDir)) {
      const text = fs.readFileSync(file, 'utf8');
      // `import x from 'y'`, `export ... from 'y'`, bare `import 'y'`, `import('y')` and `require('y')`
      for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? '';
        const resolved = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec;
        const ok = spec === 'zod' || (spec.startsWith('.') && resolved.startsWith(coreDir));
        if (!ok) offenders.push(`${path.relative(coreDir, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
