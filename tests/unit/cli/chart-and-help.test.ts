import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_AUDIENCES } from '../../../src/cli/command-audiences.js';
import { listCommands, runCli } from '../../../src/cli/run-cli.js';
import { captureCliIo } from '../../helpers/capture-cli-io.js';
import { decodePng } from '../../helpers/decode-png.js';
import { useCliStore } from '../../helpers/use-cli-store.js';

const { cli, paths } = useCliStore('normbot-chart-');

describe('normbot chart', () => {
  it('writes a PNG for a comparison named by id and by name', async () => {
    const file = path.join(paths.dir, 'compare.png');
    const { code, err } = await cli('chart', 'compare', '22', 'Tech Accord', '--out', file);
    expect(code).toBe(0);
    expect(err).toMatch(/wrote "Paris Call vs Tech Accord: \d+ shared elements?"/);
    expect(decodePng(await fs.readFile(file)).width).toBeGreaterThan(1000);
  });

  it('writes an SVG when the file name says so, citing the store\'s catalog', async () => {
    const file = path.join(paths.dir, 'profile.svg');
    await cli('chart', 'agreement', 'Paris', 'Call', '--out', file);
    const svg = await fs.readFile(file, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Paris Call: covers');
    expect(svg).toMatch(/Source: normbot catalog, 38 agreements, \d{4}-\d{2}-\d{2}\./);
  });

  it.each([
    [['chart', 'frequency'], /give --out FILE\.png or --out FILE\.svg/],
    [['chart', 'pie', '--out', 'x.png'], /unknown chart "pie"/],
    [['chart', 'compare', '22', '--out', 'x.png'], /compare two or three agreements/],
    [['chart', 'agreement', 'zzzz qqqq', '--out', 'x.png'], /No agreement in the catalog matches/],
  ])('explains a wrong call: %j', async (argv, message) => {
    const { code, err } = await cli(...(argv as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('leaves JSON and discord.js alone after drawing (vega-lite\'s Set.prototype.toJSON is contained)', async () => {
    await cli('chart', 'matrix', '--out', path.join(paths.dir, 'm.png'));
    expect(JSON.stringify(new Set([1]))).toBe('{}');
    await expect(import('discord.js')).resolves.toBeTruthy();
  });
});

describe('normbot help', () => {
  it('groups the commands by who uses them and lists every command once', async () => {
    const io = captureCliIo();
    expect(await runCli(['help'], io)).toBe(0);
    const out = io.out();
    const headings = COMMAND_AUDIENCES.map((g) => out.indexOf(`${g.title}:`));
    expect(headings.every((i) => i >= 0)).toBe(true);
    expect(headings).toEqual([...headings].sort((a, b) => a - b));
    for (const name of listCommands()) expect(out.match(new RegExp(`^  ${name} `, 'gm'))).toHaveLength(1);
    const members = out.slice(headings[0], headings[1]);
    expect(members).toContain('  ask ');
    expect(members).not.toContain('  approve ');
    expect(out.slice(headings[2])).toContain('  ingest ');
  });
});
