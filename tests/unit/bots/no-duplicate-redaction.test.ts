import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BOTS = path.resolve(import.meta.dirname, '../../../src/bots');

describe('chat adapters', () => {
  it('hide e-mail addresses only through the core redactEmails, never a copy of their own', async () => {
    const files = (await readdir(BOTS, { recursive: true })).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const copies: string[] = [];
    for (const f of files) if (/function redactEmails|redactEmails\s*=/.test(await readFile(path.join(BOTS, f), 'utf8'))) copies.push(f);
    expect(copies).toEqual([]);
  });
});
