import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runShellChat, type ShellChatDeps } from '../../../../src/bots/shell/run-shell-chat.js';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

async function chat(lines: string[], overrides: Partial<ShellChatDeps> = {}): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  await runShellChat({
    input: Readable.from([lines.join('\n')]),
    output,
    interactive: false,
    loadCatalog: async () => catalog,
    moderation: null,
    actor: { platform: 'terminal', id: 'alice', name: 'alice' },
    now: () => new Date('2026-01-01T00:00:00Z'),
    render: { width: 80, color: false },
    feedback: null,
    ...overrides,
  });
  return text;
}

describe('runShellChat', () => {
  it('answers every piped line and returns at the end of input', async () => {
    const out = await chat(['what does the Paris Call include?', 'which agreements cover botnets?']);
    expect(out).toMatch(/Paris Call/);
    expect(out).toMatch(/botnet/i);
  });

  it('stops at "exit" without answering the lines after it', async () => {
    const out = await chat(['exit', 'what does the Paris Call include?']);
    expect(out).toBe('');
  });

  it('ignores blank lines', async () => {
    expect(await chat(['', '   ', ''])).toBe('');
  });

  it('tells the operator why a line failed and answers the next one', async () => {
    let calls = 0;
    const out = await chat(['first', 'what does the Paris Call include?'], {
      loadCatalog: async () => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('database is locked'), { code: 'DB_QUERY_FAILED' });
        return catalog;
      },
    });
    expect(out).toMatch(/^Sorry, that failed: database is locked \[DB_QUERY_FAILED\]\n\n/);
    expect(out).toMatch(/Paris Call/);
  });

  it('reads a line as a follow-up on the answer before it in the same session', async () => {
    const out = await chat(['Which agreements cover human rights?', 'and which of those are binding?']);
    const binding = (catalog.agreementsByElement.get('1.1') ?? []).filter((a) => a.binding === 'binding');
    expect(binding.length).toBeGreaterThan(0);
    const followUp = out.slice(out.indexOf('Read as a follow-up'));
    expect(followUp.replace(/\s+/g, ' ')).toMatch(new RegExp(`${binding.length} of the \\d+ agreements covering 1\\.1 Human rights match`));
    for (const a of binding) expect(followUp.replace(/\s+/g, ' ')).toContain(a.name);
  });

  it('does not greet or prompt when input is piped', async () => {
    const out = await chat(['what does the Paris Call include?']);
    expect(out).not.toMatch(/^> /m);
    expect(out).not.toMatch(/Type "help"/);
  });
});
