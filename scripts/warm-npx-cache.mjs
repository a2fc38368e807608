#!/usr/bin/env node
// npm 11 runs `npx normbot` in this checkout through an entry of its npx cache: a link back to this
// folder, named after the sha512 of the folder's path (libnpmexec). Creating it can take most of a
// minute, and an entry left half-made by an interrupted run fails every later `npx normbot` with
// ENOENT. Called from `npm install` (scripts/prepare.sh): drop a broken entry and create it now.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cache = process.env.npm_config_cache || path.join(os.homedir(), '.npm');
const entry = path.join(cache, '_npx', createHash('sha512').update(root).digest('hex').slice(0, 16));
if (fs.existsSync(entry) && !fs.existsSync(path.join(entry, 'package.json'))) {
  fs.rmSync(entry, { recursive: true, force: true });
}
try {
  execFileSync('npx', ['--no-install', 'normbot', 'help'], { cwd: root, stdio: 'ignore' });
} catch {
  console.warn('normbot: could not prepare `npx normbot`; `node bin/normbot.js` works the same');
}
