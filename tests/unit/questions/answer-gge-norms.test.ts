import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { ask, normIds } from '../../helpers/ask-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('answerQuestion: UN GGE 2015 norms', () => {
  it.each([
    ['which GGE norm is about CERTs?', ['5.7'], '13(k)'],
    ['what is norm 13(i)?', ['3.1', '5.3', '5.10'], '13(i)'],
    ['What is the GGE norm on supply chain integrity?', ['3.1', '5.3', '5.10'], '13(i)'],
    ['explain GGE norm f', ['5.6', '2.2'], '13(f)'],
  ])('maps %s to its elements', (q, elements, norm) => {
    const r = ask(catalog, q);
    expect(r.intent).toBe('gge-norms');
    expect(normIds(r)).toEqual(elements);
    expect(r.text).toContain(norm);
  });

  it('lists all eleven norms when none is named', () => {
    const r = ask(catalog, 'list the UN GGE norms');
    expect(r.text.match(/^- 13\([a-k]\)/gm)).toHaveLength(11);
  });

  it('marks an unverified mapping', () => {
    expect(ask(catalog, 'what is norm 13(i)?').text).toMatch(/Mapping \(unverified\)/);
  });

  it('rests on the GGE 2015 report', () => {
    expect(ask(catalog, 'what is norm 13(i)?').agreements.map((a) => a.id)).toEqual(['12']);
  });
});
