import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../../../src/bots/shell/render-terminal.js';
import type { Block, Reply } from '../../../../src/core/reply/reply.js';

const plain = { width: 60, color: false };
const reply = (blocks: Block[], text = 'fallback text'): Reply => ({ intent: 'test', text, blocks, agreements: [], norms: [], ephemeral: false });

describe('renderTerminal', () => {
  it('shows the plain text when a reply has no blocks', () => {
    expect(renderTerminal(reply([], 'Nothing in the catalog matches "zzz".'), plain)).toBe('Nothing in the catalog matches "zzz".\n');
  });

  it('wraps paragraphs to the given width', () => {
    const out = renderTerminal(reply([{ type: 'paragraph', text: 'word '.repeat(40).trim() }]), { width: 30, color: false });
    for (const line of out.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(30);
  });

  it('indents evidence under its list item, quotes verbatim words, shows notes as notes and marks unverified links', () => {
    const out = renderTerminal(
      reply([
        {
          type: 'list',
          ordered: true,
          items: [
            {
              title: 'Paris Call (2018)',
              evidence: [
                { quote: 'protect elections', source: 'https://pariscall.international', status: 'sourced', kind: 'verbatim', locator: 'P3' },
                { quote: 'no hack back by private actors', source: '', status: 'unverified', kind: 'note' },
              ],
            },
          ],
        },
      ]),
      plain,
    );
    expect(out).toBe(['1. Paris Call (2018)', '     P3: “protect elections”', '       — https://pariscall.international', '     Note: no hack back by private actors (unverified)', ''].join('\n'));
  });

  it('aligns field values after the longest label', () => {
    const out = renderTerminal(reply([{ type: 'fields', fields: [{ label: 'Year', value: '2018' }, { label: 'Maintainer', value: 'France', note: 'MFA' }] }]), plain);
    expect(out).toBe('Year:       2018\nMaintainer: France (MFA)\n');
  });

  it('aligns table columns under their headers', () => {
    const out = renderTerminal(reply([{ type: 'table', columns: ['id', 'name'], rows: [['1', 'EAC'], ['22', 'Paris Call']] }]), plain);
    expect(out.split('\n')).toEqual(['id  name', '──────────────', '1   EAC', '22  Paris Call', '']);
  });

  it('shortens the widest table column with an ellipsis when the table is too wide', () => {
    const out = renderTerminal(reply([{ type: 'table', columns: ['id', 'name'], rows: [['1', 'x'.repeat(80)]] }]), { width: 40, color: false });
    const row = out.split('\n')[2] ?? '';
    expect(row.length).toBeLessThanOrEqual(40);
    expect(row.endsWith('…')).toBe(true);
  });

  it('draws bars proportional to their values', () => {
    const out = renderTerminal(
      reply([{ type: 'chart', title: 'Coverage', kind: 'bar', bars: [{ label: 'CIP', value: 10 }, { label: 'CERT', value: 5 }] }]),
      { width: 40, color: false },
    );
    const [, cip = '', cert = ''] = out.split('\n');
    const full = (line: string) => (line.match(/█/g) ?? []).length;
    expect(full(cip)).toBeGreaterThan(0);
    expect(Math.abs(full(cip) - 2 * full(cert))).toBeLessThanOrEqual(1);
    expect(cip.trimEnd().endsWith('10')).toBe(true);
  });

  it('draws a trend as a sparkline with its values', () => {
    const out = renderTerminal(
      reply([{ type: 'chart', title: 'Trend', kind: 'trend', periods: ['2010-14', '2015-19'], unit: 'points/year', bars: [{ label: 'CIP', value: 2.5, series: [1, 6] }] }]),
      plain,
    );
    expect(out).toContain('CIP  ▂█  1 → 6  (+2.5 points/year)');
  });

  it('shows actions as the commands to type', () => {
    const out = renderTerminal(
      reply([
        {
          type: 'actions',
          actions: [
            { id: 'approve', label: 'Approve', value: '12', style: 'primary' },
            { id: 'reject', label: 'Reject', value: '12', style: 'danger' },
          ],
        },
      ]),
      plain,
    );
    expect(out).toBe('[approve 12] [reject 12 <reason>]\n');
  });

  it('strips terminal escape sequences from text that came from a contribution', () => {
    const out = renderTerminal(reply([{ type: 'paragraph', text: 'evil\u001b[2Jtext\u0007' }]), plain);
    expect(out).toBe('evil[2Jtext\n');
  });

  it('uses ANSI bold for headings only when colour is on', () => {
    const block: Block[] = [{ type: 'heading', text: 'Paris Call' }];
    expect(renderTerminal(reply(block), { width: 40, color: true })).toBe('\u001b[1mParis Call\u001b[22m\n');
    expect(renderTerminal(reply(block), plain)).toBe('Paris Call\n');
  });
});

describe('renderTerminal with long words', () => {
  it('keeps a URL longer than the line whole', () => {
    const url = `https://example.org/${'a'.repeat(80)}`;
    const out = renderTerminal(reply([{ type: 'paragraph', text: `see ${url} there` }]), { width: 40, color: false });
    expect(out.split('\n')).toContain(url);
  });
});

describe('renderTerminal evidence sources', () => {
  it('wraps a source that is a citation in words', () => {
    const source = 'UN GGE 2015 report, A/70/174, para. 13(k); paraphrase and element mapping from the shared data';
    const out = renderTerminal(reply([{ type: 'list', ordered: false, items: [{ title: 'x', evidence: [{ quote: 'q', source, status: 'sourced' }] }] }]), { width: 50, color: false });
    for (const line of out.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(50);
  });
});

describe('renderTerminal notes', () => {
  it('labels a note once even when its text starts with "Note:"', () => {
    expect(renderTerminal(reply([{ type: 'note', text: 'Note: facts as given' }]), plain)).toBe('Note: facts as given\n');
    expect(renderTerminal(reply([{ type: 'note', text: 'facts as given' }]), plain)).toBe('Note: facts as given\n');
  });
});
