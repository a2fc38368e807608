import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/store/package-root.js';

/**
 * The Node flags `npm start` gives the bot (`node <flags> dist/src/main.js` in package.json), so
 * that tests and benchmarks start it as it is deployed; the Dockerfile's CMD gives the same ones
 * (tests/unit/bot-launch-flags.test.ts).
 */
export function botNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { scripts: { start: string } };
  const launch = /\bnode ((?:--\S+ )*)dist\/src\/main\.js/.exec(pkg.scripts.start);
  if (!launch) throw new Error(`package.json's start script does not run node [flags] dist/src/main.js: ${pkg.scripts.start}`);
  return launch[1]!.split(' ').filter(Boolean);
}
