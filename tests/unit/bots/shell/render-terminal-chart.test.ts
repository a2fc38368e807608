import { describe, expect, it } from 'vitest';
import { drawBar, drawSparkline, renderTerminalChart } from '../../../../src/bots/shell/render-terminal-chart.js';
import { terminalActor } from '../../../../src/bots/shell/terminal-actor.js';
import { terminalStyle } from '../../../../src/bots/shell/terminal-style.js';

const plain = terminalStyle(false);

describe('terminal charts', () => {
  it('draws a bar in eighths of a cell, at least one eighth for any positive value, nothing for none', () => {
    expect(drawBar(10, 10, 4)).toBe('████');
    expect(drawBar(5, 10, 3)).toBe('█▌');
    expect(drawBar(1, 1000, 4)).toBe('▏');
    expect(drawBar(0, 10, 4)).toBe('');
    expect(drawBar(-3, 10, 4)).toBe('');
    expect(drawBar(5, 0, 4)).toBe('');
  });

  it('draws a sparkline scaled to its own maximum, flat when all are zero', () => {
    expect(drawSparkline([0, 7, 14])).toBe('▁▅█');
    expect(drawSparkline([0, 0])).toBe('▁▁');
    expect(drawSparkline([-2, 4])).toBe('▁█');
  });

  it('lays bars out after labels cut to half the width, values right-aligned with the unit', () => {
    const lines = renderTerminalChart({ type: 'chart', title: 'Coverage', kind: 'bar', unit: 'agreements', bars: [{ label: 'Critical infrastructure', value: 12 }, { label: 'CERT', value: 3 }] }, 40, plain);
    // 40 columns: labels get 20, the bars what is left after value and unit, but never under 5
    expect(lines).toEqual(['Coverage', 'Critical infrastruc…  █████ 12 agreements', 'CERT                  █▎     3 agreements']);
  });

  it('gives bars at least five cells however narrow the screen', () => {
    const [, line] = renderTerminalChart({ type: 'chart', title: 'T', kind: 'bar', bars: [{ label: 'a', value: 1 }] }, 4, plain);
    expect(line).toBe('a  █████ 1');
  });

  it('draws a trend per label with its periods, values and signed summary', () => {
    const lines = renderTerminalChart({ type: 'chart', title: 'Trend', kind: 'trend', periods: ['2010-14', '2015-19'], unit: 'per year', bars: [{ label: 'CIP', value: 2.5, series: [1, 6] }, { label: 'CERT', value: -1, series: [3, 0] }, { label: 'X', value: 0 }] }, 80, plain);
    expect(lines).toEqual(['Trend', '      2010-14, 2015-19', 'CIP   ▂█  1 → 6  (+2.5 per year)', 'CERT  █▁  3 → 0  (-1 per year)', 'X     ▁  0  (0 per year)']);
    expect(renderTerminalChart({ type: 'chart', title: 'T', kind: 'trend', bars: [{ label: 'a', value: 1, series: [1] }] }, 80, plain)).toEqual(['T', 'a  █  1  (+1)']);
  });
});

describe('terminalActor', () => {
  it('names the operator by $USER, else $LOGNAME, trimmed', () => {
    expect(terminalActor({ USER: ' ann ', LOGNAME: 'bob' })).toEqual({ platform: 'terminal', id: 'ann', name: 'ann' });
    expect(terminalActor({ USER: '  ', LOGNAME: 'bob' })).toEqual({ platform: 'terminal', id: 'bob', name: 'bob' });
  });

  it('falls back to the OS account when the environment names nobody', () => {
    const actor = terminalActor({});
    expect(actor.platform).toBe('terminal');
    expect(actor.id.length).toBeGreaterThan(0);
    expect(actor.name).toBe(actor.id);
  });
});
