import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const srcDir = path.resolve(import.meta.dirname, '../../src');

/** Every .ts file under dir, recursively. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/**
 * What a file imports: static and dynamic `import`, `export ... from` and `require`, read by the
 * TypeScript scanner so that comments and strings never count. Relative specifiers are resolved.
 */
export function listImports(file: string): Array<{ spec: string; resolved: string }> {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles.map(({ fileName: spec }) => ({
    spec,
    resolved: spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec,
  }));
}
