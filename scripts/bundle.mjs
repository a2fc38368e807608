#!/usr/bin/env node
// `npm run build`, after tsc: the bot and the CLI as a few bundled files in dist/bundle/, which is
// what `npm start`, the container and bin/normbot.js run. Node's ESM loader reads, parses and links
// module files one at a time: the ~140 files of dist/src plus zod's ~95 took most of the bot's
// start-up. dist/src stays as tsc writes it (the benchmarks and tests/hostile run from there, and spawn these bundles).
//
// Layout (import.meta.url in the bundled code is the file it lands in: the chunks are written in
// dist/bundle/ itself, next to the worker entries that `new URL('./…-worker.js', import.meta.url)`
// names; the CLI's commands are entries under commands/, the folder run-cli.ts lists). Code that
// only one command uses is inlined into commands/<name>.js, where such a URL would point into
// commands/: the worker pools sit in chunks shared by several commands (parse, ingest), and
// tests/e2e/main-entry.test.ts parses a .docx and a PDF through the CLI to hold that.
//   main.js                 the bot (src/main.ts)
//   cli.js                  the CLI (src/cli/main.ts)
//   commands/<name>.js      one per file of src/cli/commands/
//   extractor-worker.js     the document extraction worker thread
//   chart-worker.js         the chart drawing child process
//   <chunk>-<hash>.js       code shared by several of these, or imported on demand
import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { init as initLexer, parse as lexCommonJs } from 'cjs-module-lexer';
import { rolldown } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'dist', 'src');
const out = path.join(root, 'dist', 'bundle');

// Pure-JS ES-module packages made of many files, whose loading file by file costs start-up time.
// Every other package stays external, loaded from node_modules as before: native addons (sqlite3,
// resvg), CommonJS packages (pino, discord.js, @slack/bolt...: required, see requireCommonJs) and
// packages found at run time by path (pino's transports, pdf.js's worker). CommonJS packages are
// not bundled: with Bolt and discord.js bundled the bot started ~400 ms slower (each of their files
// becomes a function in the bundle, which V8 pre-parses with the bundle, then parses again in full
// when it runs).
const BUNDLED = new Set(['zod', 'linkify-it', 'uc.micro']);

/** The package a bare import names: 'zod/v4/core' -> 'zod', '@slack/bolt' -> '@slack/bolt'. */
function packageOf(id) {
  const parts = id.split('/');
  return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** A package that stays in node_modules: not bundled, nor a built-in module of Node. */
function isUnbundledPackage(id) {
  if (id.startsWith('.') || path.isAbsolute(id) || id.startsWith('\0') || isBuiltin(id)) return false;
  return !BUNDLED.has(packageOf(id));
}

/** Imported as it is, from node_modules; CommonJS packages are required instead (see requireCommonJs). */
const isExternal = (id) => isBuiltin(id) || (isUnbundledPackage(id) && !isCommonJs(id));

// CommonJS packages (discord.js, @slack/bolt, pino, sqlite3...) are loaded with require(), not
// import: under an import, Node 20's ESM loader resolves and lexes every file the package requires
// (discord.js requires ~470), which cost ~300 ms of CPU for Bolt and discord.js, a third of the
// bot's start-up with both configured. An import of such a package in the bundled code lands on a
// small module doing that require() and exporting, as Node's import would, module.exports as the
// default export and its properties as named exports (read once the package has run), the names
// that Node's import finds, by the same lexer (cjs-module-lexer), following re-exports.
const requireFromRoot = createRequire(path.join(root, 'package.json'));
// discord-api-types' ES-module entries (v10.mjs) only wrap its CommonJS files, which discord.js
// requires anyway: an import made Node lex all of them again for their exports (~50 ms)
const REQUIRED_WRAPPERS = new Set(['discord-api-types']);
const REQUIRED = '\0required:';

const commonJs = new Map();
/** True when an import of `id` from the package root would load a CommonJS file. */
function isCommonJs(id) {
  if (!commonJs.has(id)) commonJs.set(id, loadsCommonJs(id));
  return commonJs.get(id);
}

function loadsCommonJs(id) {
  if (REQUIRED_WRAPPERS.has(packageOf(id))) return true;
  const file = fileURLToPath(import.meta.resolve(id));
  if (file.endsWith('.cjs')) return true;
  if (!file.endsWith('.js')) return false;
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) return JSON.parse(fs.readFileSync(manifest, 'utf8')).type !== 'module';
  }
  return true;
}

/** The names Node's import of a CommonJS file exports: its own, and those of the files it re-exports. */
function exportNames(file, seen = new Set()) {
  if (seen.has(file) || !/\.c?js$/.test(file)) return [];
  seen.add(file);
  const { exports, reexports } = lexCommonJs(fs.readFileSync(file, 'utf8'));
  const requireHere = createRequire(file);
  return [...exports, ...reexports.flatMap((spec) => exportNames(requireHere.resolve(spec), seen))];
}

await initLexer();
const requireCommonJs = {
  name: 'require-commonjs',
  resolveId(id) {
    if (!isUnbundledPackage(id) || !isCommonJs(id)) return null;
    return REQUIRED + id;
  },
  load(id) {
    if (!id.startsWith(REQUIRED)) return null;
    const name = id.slice(REQUIRED.length);
    const names = [...new Set(exportNames(requireFromRoot.resolve(name)))].filter((key) => key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key));
    return [
      `import { createRequire } from 'node:module';`,
      `const pkg = createRequire(import.meta.url)(${JSON.stringify(name)});`,
      `export default pkg;`,
      ...names.map((key, i) => `const e${i} = pkg[${JSON.stringify(key)}];\nexport { e${i} as ${key} };`),
    ].join('\n');
  },
};

const commands = fs
  .readdirSync(path.join(src, 'cli', 'commands'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => [`commands/${f.slice(0, -3)}`, path.join(src, 'cli', 'commands', f)]);

// One build per process, so that a process loads only its own code in few files: built together,
// the bot, the CLI's commands and the workers would share dozens of small common chunks. A worker
// is one file (its on-demand imports inlined: it is started to read a document or draw a chart).
const builds = [
  { input: { main: path.join(src, 'main.js') }, chunks: 'bot-[name]-[hash].js' },
  { input: { cli: path.join(src, 'cli', 'main.js'), ...Object.fromEntries(commands) }, chunks: 'cli-[name]-[hash].js' },
  { input: { 'extractor-worker': path.join(src, 'intake', 'parse', 'worker', 'extractor-worker.js') }, single: true },
  { input: { 'chart-worker': path.join(src, 'charts', 'chart-worker.js') }, single: true },
];

const started = performance.now();
fs.rmSync(out, { recursive: true, force: true });
for (const { input, chunks, single } of builds) {
  const bundle = await rolldown({ input, platform: 'node', external: isExternal, plugins: [requireCommonJs], logLevel: 'warn' });
  await bundle.write({ dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: chunks, codeSplitting: !single });
  await bundle.close();
}
if (process.env.NORMBOT_BUNDLE_VERBOSE) console.log(`bundled into ${path.relative(root, out)} in ${Math.round(performance.now() - started)} ms`);
