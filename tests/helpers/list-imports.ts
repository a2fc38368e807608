import fs from 'node:fs';
import path from 'node:path';

export const srcDir = path.resolve(import.meta.dirname, '../../src');

/** Every .ts file under dir, recursively. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/**
 * What a file imports: `import x from 'y'`, `export ... from 'y'`, bare `import 'y'`, `import('y')`
 * and `require('y')`. Relative specifiers are resolved to absolute paths.
 */
export function listImports(file: string): Array<{ spec: string; resolved: string }> {
  const text = fs.readFileSync(file, 'utf8');
  const out: Array<{ spec: string; resolved: string }> = [];
  // an import or export clause holds no parentheses or "=": that keeps `export function f() { ... from "x" ... }` out
  for (const m of text.matchAll(/(?:import|export)[^'"();=]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? '';
    out.push({ spec, resolved: spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec });
  }
  return out;
}
