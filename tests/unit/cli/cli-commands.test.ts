import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { captureCliIo } from '../../helpers/capture-cli-io.js';
import { useCliStore } from '../../helpers/use-cli-store.js';

// seeded once; every command below reuses the file
const { cli, paths } = useCliStore('normbot-cli-');

describe('normbot ask', () => {
  it('prints intent, text, agreements and norms as JSON with --json', async () => {
    const { code, out } = await cli('ask', 'which agreements cover critical infrastructure?', '--json');
    expect(code).toBe(0);
    const reply = JSON.parse(out) as { intent: string; text: string; agreements: Array<{ id: string; name: string }>; norms: Array<{ id: string; name: string }>; blocks: unknown[] };
    expect(Object.keys(reply)).toEqual(['intent', 'text', 'agreements', 'norms', 'blocks']);
    expect(typeof reply.intent).toBe('string');
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.norms.map((n) => n.id)).toContain('2.1');
    expect(reply.agreements.length).toBeGreaterThan(0);
    expect(reply.agreements[0]).toEqual({ id: expect.any(String), name: expect.any(String) });
  });

  it('renders the answer for a terminal without --json', async () => {
    const { code, out } = await cli('ask', 'what does the Paris Call include?');
    expect(code).toBe(0);
    expect(out).toMatch(/Paris Call/);
    expect(() => JSON.parse(out)).toThrow();
  });

  it('asks for a question when none is given', async () => {
    const { code, err } = await cli('ask');
    expect(code).toBe(2);
    expect(err).toMatch(/ask needs a question/);
  });

  it('answers an empty question with help rather than an error', async () => {
    const { code, out } = await cli('ask', '', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(out) as { intent: string; text: string; agreements: unknown[] };
    expect(answer.text.length).toBeGreaterThan(0);
    expect(answer.agreements).toEqual([]);
  });
});

describe('command options', () => {
  it.each(['ask', 'approve', 'ingest', 'discord:register', 'export'])('prints the usage of %s for --help, without running it', async (name) => {
    const { code, out } = await cli(name, '--help');
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^usage: normbot ${name}`));
  });

  it('names an unknown option and repeats the usage', async () => {
    const { code, err } = await cli('agreements', '--jsn');
    expect(code).toBe(2);
    expect(err).toMatch(/Unknown option '--jsn'/);
    expect(err).toMatch(/usage: normbot agreements \[--json\]/);
  });
});

describe('normbot agreements', () => {
  it('lists the 38 agreements as JSON', async () => {
    const { code, out } = await cli('agreements', '--json');
    const list = JSON.parse(out) as Array<{ id: number; name: string }>;
    expect(code).toBe(0);
    expect(list).toHaveLength(38);
    expect(list.find((a) => a.id === 22)?.name).toMatch(/Paris Call/);
  });

  it('prints one table row per agreement', async () => {
    const { out } = await cli('agreements');
    expect(out.split('\n').filter((l) => /^\d+ {2,}\S/.test(l))).toHaveLength(38);
  });
});

describe('normbot norms', () => {
  it('lists the 26 elements with category and a count of agreements from the catalog', async () => {
    const { out } = await cli('norms', '--json');
    const elements = JSON.parse(out) as Array<{ id: string; category: { id: string; name: string }; name: string; description: string; agreements: number }>;
    expect(elements).toHaveLength(26);
    const agreements = JSON.parse((await cli('agreements', '--json')).out) as Array<{ elements: Array<{ id: string }> }>;
    const cip = elements.find((e) => e.id === '2.1');
    expect(cip?.category.id).toBe('2');
    expect(cip?.agreements).toBe(agreements.filter((a) => a.elements.some((e) => e.id === '2.1')).length);
  });
});

describe('normbot export', () => {
  it('writes a header and one CSV row per agreement with a cell per element', async () => {
    const { code, out } = await cli('export', '--format', 'csv');
    expect(code).toBe(0);
    const lines = out.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(39);
    expect(lines[0]?.startsWith('id,name,aliases,year,parties,maintainer,binding,url,added,1.1 ')).toBe(true);
  });

  it('says sourced, unverified or nothing in each matrix cell of the JSON export', async () => {
    const { out } = await cli('export', '--format', 'json');
    const data = JSON.parse(out) as { agreements: unknown[]; matrix: { elements: string[]; rows: Array<{ cells: string[] }> } };
    expect(data.agreements).toHaveLength(38);
    expect(data.matrix.elements).toHaveLength(26);
    const cells = new Set(data.matrix.rows.flatMap((r) => r.cells));
    expect([...cells].every((c) => ['sourced', 'unverified', ''].includes(c))).toBe(true);
    expect(cells.has('sourced')).toBe(true);
  });

  it('writes to the file given with --out', async () => {
    const file = path.join(paths.dir, 'catalog.json');
    const { code, err } = await cli('export', '--format', 'json', '--out', file);
    expect(code).toBe(0);
    expect(err).toMatch(/wrote 38 agreements/);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toHaveProperty('matrix');
  });

  it('refuses an unknown format with the choices', async () => {
    const { code, err } = await cli('export', '--format', 'xml');
    expect(code).toBe(2);
    expect(err).toMatch(/use --format csv, json or xlsx/);
  });
});

describe('normbot chat', () => {
  it('answers piped questions and runs moderation commands as the terminal operator', async () => {
    const io = captureCliIo({ stdin: 'what does the Paris Call include?\ndrafts\n' });
    const code = await runCli(['chat', '--db', paths.db], io);
    expect(code).toBe(0);
    expect(io.out()).toMatch(/Paris Call/);
    expect(io.out()).not.toMatch(/Only moderators/);
  });
});
