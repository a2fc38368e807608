// Node module hooks (https://nodejs.org/api/module.html#customization-hooks) that load the
// project's .ts sources: "./x.js" imports resolve to the x.ts next to the importer, and .ts files
// are transpiled one by one with the TypeScript compiler (types erased, no type checking).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** @type {typeof import('typescript') | undefined} */
let ts;

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const fromSource = context.parentURL?.endsWith('.ts') && specifier.startsWith('.') && specifier.endsWith('.js');
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !fromSource) throw error;
    return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
  }
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  ts ??= (await import('typescript')).default;
  const fileName = fileURLToPath(url);
  const { outputText } = ts.transpileModule(await readFile(fileName, 'utf8'), {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, inlineSourceMap: true },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
