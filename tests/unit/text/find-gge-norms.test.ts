import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { findGgeNorms } from '../../../src/core/text/find-gge-norms.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const first = (q: string) => findGgeNorms(q, catalog)[0]?.norm.id;

describe('findGgeNorms', () => {
  it.each([
    ['what is norm 13(i)?', '13i'],
    ['13 f', '13f'],
    ['norm f', '13f'],
    ['GGE norm on CERTs', '13k'],
    ['What is the GGE norm on supply chain integrity?', '13i'],
    ['attribution of incidents', '13b'],
  ])('finds %s as %s', (q, id) => {
    expect(first(q)).toBe(id);
  });

  it('does not read the article "a" as norm (a)', () => {
    expect(findGgeNorms('is there a norm about botnets', catalog).map((m) => m.norm.id)).not.toContain('13a');
  });
});
