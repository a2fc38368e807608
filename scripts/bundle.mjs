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
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'dist', 'src');
const out = path.join(root, 'dist', 'bundle');

// Pure-JS ES-module packages made of many files, whose loading file by file costs start-up time.
// Every other package stays external, loaded from node_modules as before: native addons (sqlite3,
// resvg), CommonJS packages (pino, discord.js, @slack/bolt...) and packages found at run time by
// path (pino's transports, pdf.js's worker).
const BUNDLED = new Set(['zod', 'linkify-it', 'uc.micro']);

/** The package a bare import names: 'zod/v4/core' -> 'zod', '@slack/bolt' -> '@slack/bolt'. */
function packageOf(id) {
  const parts = id.split('/');
  return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isExternal(id) {
  if (id.startsWith('.') || path.isAbsolute(id) || id.startsWith('\0')) return false;
  return !BUNDLED.has(packageOf(id));
}

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
  const bundle = await rolldown({ input, platform: 'node', external: isExternal, logLevel: 'warn' });
  await bundle.write({ dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: chunks, codeSplitting: !single });
  await bundle.close();
}
if (process.env.NORMBOT_BUNDLE_VERBOSE) console.log(`bundled into ${path.relative(root, out)} in ${Math.round(performance.now() - started)} ms`);
