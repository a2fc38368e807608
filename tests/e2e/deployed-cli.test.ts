import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/store/package-root.js';
import { buildDeployed } from '../helpers/build-deployed.js';

/**
 * `normbot` as installed: bin/normbot.js running the bundled CLI. The bundle is a few files in
 * dist/bundle/, so what finds a file next to the code at run time (the extraction worker, the
 * commands folder, the package root for data/ and the fonts) is checked from there.
 */
const ROOT = packageRoot();
const MAIL = path.join(ROOT, 'tests/fixtures/mail');

async function normbot(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'bin/normbot.js'), ...args], { cwd: ROOT });
  return stdout;
}

beforeAll(async () => {
  await buildDeployed();
}, 240_000);

describe('the deployed CLI (bin/normbot.js)', () => {
  it('reads a .docx attachment in the extraction worker: the contributor and the agreements come from the document', async () => {
    const m = JSON.parse(await normbot('parse', path.join(MAIL, 'seed-aspi-docx.eml'), '--json')) as ParsedOutput;
    expect(m.warnings).toEqual([]);
    expect(m.kind).toBe('contribution');
    expect(m.contributor).toMatchObject({ affiliation: 'Australian Strategic Policy Institute, International Cyber Policy Centre', country: 'Australia' });
    expect(m.agreements[0]).toMatchObject({ launchYear: 2016, maintainer: 'Singapore Cybersecurity Agency' });
  });

  it('reads a PDF attachment in the extraction worker', async () => {
    const m = JSON.parse(await normbot('parse', path.join(MAIL, 'pdf-attachment.eml'), '--json')) as ParsedOutput;
    expect(m.warnings).toEqual([]);
    expect(m.agreements[0]).toMatchObject({ name: 'Mutually Agreed Norms for Routing Security (MANRS)', launchYear: 2014, maintainer: 'Internet Society' });
  });

  it('lists its commands from the bundled commands folder', async () => {
    const help = await normbot('help');
    for (const name of ['ask', 'parse', 'chart', 'discord:register']) expect(help).toMatch(new RegExp(`^  ${name} `, 'm'));
  });
});

interface ParsedOutput {
  kind: string;
  contributor: Record<string, unknown>;
  agreements: Array<Record<string, unknown>>;
  warnings: unknown[];
}
