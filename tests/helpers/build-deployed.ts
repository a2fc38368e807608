import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../src/store/package-root.js';

/** `npm run build`: tsc into dist/, then the bundles the bot and the CLI are deployed as (scripts/bundle.mjs). */
export async function buildDeployed(): Promise<void> {
  const root = packageRoot();
  const run = (args: string[]) => promisify(execFile)(process.execPath, args, { cwd: root });
  await run([path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')]);
  await run([path.join(root, 'scripts/bundle.mjs')]);
}
