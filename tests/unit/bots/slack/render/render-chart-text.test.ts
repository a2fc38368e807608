import { describe, expect, it } from 'vitest';
import { renderChartText } from '../../../../../src/bots/slack/render/render-chart-text.js';

describe('renderChartText', () => {
  it('draws a trend as a sparkline per label with its latest value', () => {
    const text = renderChartText({
      type: 'chart',
      title: 'Agreements per year',
      kind: 'trend',
      periods: ['2015', '2016', '2017'],
      bars: [{ label: 'states', value: 4, series: [0, 2, 4] }],
    });
    expect(text.split('\n')).toEqual(['Agreements per year', '        2015 → 2017', 'states  ▁▅█  4']);
  });

  it('shortens long labels to keep the bars aligned', () => {
    const text = renderChartText({ type: 'chart', title: 'T', kind: 'bar', bars: [{ label: 'x'.repeat(40), value: 1 }, { label: 'y', value: 0 }] });
    const [, a, b] = text.split('\n');
    expect(a?.indexOf('█')).toBe(b?.indexOf('▏'));
    expect(a).toContain('…');
  });
});
