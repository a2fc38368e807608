import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { ask, normIds } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('answerQuestion: trends', () => {
  it.each(['Which norms are rising?', 'what is trending?', 'which elements grow over time'])('lists rising elements for %s', (q) => {
    const r = ask(catalog, q);
    expect(r.intent).toBe('element-trends');
    expect(r.norms.length).toBeGreaterThan(0);
    expect(r.text).toMatch(/- \S+ .* - rising:/);
  });

  it('states the method and the number of agreements per period', () => {
    const text = ask(catalog, 'Which norms are rising?').text;
    expect(text).toMatch(/Method: the 38 dated agreements are split by year of adoption into 3 periods/);
    expect(text).toMatch(/\(\d+ agreements\), .*\(\d+ agreements\)/);
    expect(text).toMatch(/least-squares slope/);
  });

  it('flags small samples', () => {
    expect(ask(catalog, 'Which norms are rising?').text).toMatch(/Small samples: .* fewer than 10 agreements/);
  });

  it('says where the catalog differs from the BPF 2022 findings', () => {
    const text = ask(catalog, 'Which norms are declining?').text;
    expect(text).toMatch(/Declining per the BPF: .*here Personal data protection is rising/);
    expect(text).toMatch(/not adjusted to the BPF findings/);
  });

  it('answers for one element when the question names it', () => {
    const r = ask(catalog, 'Is personal data declining?');
    expect(normIds(r)).toEqual(['1.2']);
  });

  it('charts each element with its share per period', () => {
    const r = ask(catalog, 'Which norms are rising?');
    const chart = r.blocks.find((b) => b.type === 'chart');
    if (chart?.type !== 'chart') throw new Error('no chart block');
    expect(chart.kind).toBe('trend');
    expect(chart.periods).toHaveLength(3);
    expect(chart.bars.length).toBeGreaterThan(0);
    for (const bar of chart.bars) expect(bar.series).toHaveLength(3);
  });
});
