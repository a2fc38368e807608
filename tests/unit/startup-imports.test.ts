import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const srcDir = path.resolve(import.meta.dirname, '../../src');

/** Packages that take a second or more to import on a loaded machine; each is imported when first needed. */
const HEAVY = ['mailparser', 'compromise', 'mammoth', 'unpdf', 'discord.js', '@slack/bolt', 'imapflow', 'nodemailer', 'vega', 'vega-lite', '@resvg/resvg-js', 'exceljs', 'fontkit'];

/** The packages a module reaches through static imports (`import type` and `import()` excluded), with the chain that reaches each. */
function staticPackages(entry: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? m[2] ?? '';
      const here = [...chain, path.relative(srcDir, file)];
      if (spec.startsWith('.')) walk(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')), here);
      else if (!found.has(spec)) found.set(spec, here);
    }
  };
  walk(entry, []);
  return found;
}

/** The packages a fresh Node process has required once it imported a source file (run through the TypeScript hooks). */
async function packagesRequiredBy(file: string): Promise<string[]> {
  const probe = `import { createRequire } from 'node:module';
await import(${JSON.stringify(pathToFileURL(file).href)});
const names = Object.keys(createRequire(import.meta.url).cache).map((f) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\/(?!.*node_modules)/.exec(f)?.[1]);
console.log(JSON.stringify([...new Set(names.filter(Boolean))]));`;
  const hooks = path.resolve(srcDir, '../tests/helpers/register-typescript-hooks.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', pathToFileURL(hooks).href, '--input-type=module', '-e', probe]);
  return JSON.parse(stdout) as string[];
}

describe('the bot start-up', () => {
  it('imports no heavy package before it is needed: mail parsing, chat adapters, charts and exports load on first use', () => {
    const reached = staticPackages(path.join(srcDir, 'main.ts'));
    const heavy = [...reached].filter(([spec]) => HEAVY.some((h) => spec === h || spec.startsWith(`${h}/`))).map(([spec, chain]) => `${spec} <- ${chain.join(' <- ')}`);
    expect(heavy).toEqual([]);
    expect(reached.has('sqlite3')).toBe(true); // the walk follows the store, so it would see them
  });

  it('loads one undici 6 with Discord: discord.js and its REST client share the copy in node_modules', () => {
    // each kept a copy of its own (~95 files each), as Slack's Socket Mode needs undici 7: package.json
    // names undici 6 so that npm installs it at the top for both
    const fromSrc = createRequire(path.join(srcDir, 'main.ts'));
    const discordJs = fromSrc.resolve('discord.js');
    const copies = new Set([discordJs, createRequire(discordJs).resolve('@discordjs/rest')].map((entry) => createRequire(entry).resolve('undici')));
    expect([...copies]).toEqual([fromSrc.resolve('undici')]);
  });

  it("starts Slack without Bolt's Express receiver: the Slack adapter loads Bolt's App and receivers, not its index", async () => {
    const required = await packagesRequiredBy(path.join(srcDir, 'bots/slack/start-slack-bot.ts'));
    expect(required).toContain('@slack/bolt'); // the probe sees what the adapter loads
    expect(required).not.toContain('express');
  }, 30_000);
});
