import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/store/package-root.js';

/**
 * The bot as deployed: the bundle `npm run build` writes (scripts/bundle.mjs), which `npm start` and
 * the Dockerfile's CMD run; relative to the package root.
 */
export const BOT_ENTRY = 'dist/bundle/main.js';
/** The CLI as deployed: the bundle bin/normbot.js imports. */
export const CLI_ENTRY = 'dist/bundle/cli.js';

/** The deployed bot's entry file (absolute), checked to be built: what tests and benchmarks spawn. */
export const botEntry = (): string => builtFile(BOT_ENTRY);
/** The deployed CLI's entry file (absolute), checked to be built. */
export const cliEntry = (): string => builtFile(CLI_ENTRY);

function builtFile(relative: string): string {
  const file = path.join(packageRoot(), relative);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first`);
  return file;
}

/**
 * The Node flags `npm start` gives the bot (`node <flags> dist/bundle/main.js` in package.json), so
 * that tests and benchmarks start it as it is deployed; the Dockerfile's CMD gives the same ones
 * (tests/unit/bot-launch-flags.test.ts).
 */
export function botNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { scripts: { start: string } };
  const launch = new RegExp(`\\bnode ((?:--\\S+ )*)${BOT_ENTRY.replace(/[./]/g, '\\$&')}(?:\\s|$)`).exec(pkg.scripts.start);
  if (!launch) throw new Error(`package.json's start script does not run node [flags] ${BOT_ENTRY}: ${pkg.scripts.start}`);
  return launch[1]!.split(' ').filter(Boolean);
}

/** The Node flags the CLI runs with: those of bin/normbot.js's `#!/usr/bin/env -S node <flags>` line. */
export function cliNodeFlags(): string[] {
  const bin = fs.readFileSync(path.join(packageRoot(), 'bin', 'normbot.js'), 'utf8');
  const shebang = /^#!\/usr\/bin\/env (?:-S )?node((?: --\S+)*)\n/.exec(bin);
  if (!shebang) throw new Error(`bin/normbot.js does not start with #!/usr/bin/env [-S] node [flags]: ${bin.split('\n')[0]}`);
  return shebang[1]!.split(' ').filter(Boolean);
}
