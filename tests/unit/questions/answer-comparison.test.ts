import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { agreementIds, ask } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('answerQuestion: comparing agreements', () => {
  it.each([
    ['Compare the Paris Call and the GCSC norms', [22, 30]],
    ['Paris Call vs Tech Accord vs Charter of Trust', [22, 24, 23]],
    ['Compare UN GGE 2015 and UN GGE 2021', [12, 35]],
    ['how does the OEWG report differ from the 2021 GGE report?', [34, 35]],
  ])('compares the agreements named in %s', (q, ids) => {
    const r = ask(catalog, q);
    expect(r.intent).toBe('compare-agreements');
    expect(agreementIds(r)).toEqual(ids);
  });

  it('builds an element-by-agreement table from the coverage', () => {
    const r = ask(catalog, 'Compare the Paris Call and the GCSC norms');
    const table = r.blocks.find((b) => b.type === 'table');
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') throw new Error('no table block');
    expect(table.columns).toHaveLength(3);
    const paris = catalog.agreementById.get(22);
    const gcsc = catalog.agreementById.get(30);
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) {
      const id = row[0]?.split(' ')[0] ?? '';
      expect(row[1] === 'yes').toBe(paris?.coverage.some((c) => c.element === id));
      expect(row[2] === 'yes').toBe(gcsc?.coverage.some((c) => c.element === id));
    }
  });

  it('names shared and unique elements', () => {
    const r = ask(catalog, 'Compare the Paris Call and the GCSC norms');
    expect(r.text).toMatch(/Shared by all: 2\.7 Cyber hygiene; 3\.1 Supply chain security; 5\.4 Non-state actors/);
    expect(r.text).toMatch(/Only Paris Call: .*2\.3 Electoral processes/);
  });
});
