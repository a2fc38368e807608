import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { searchAgreements, searchElements } from '../../../src/core/desk/search-catalog.js';
import { loadCatalog } from '../../helpers/load-catalog.js';
import { anAgreement } from '../../helpers/agreement-builder.js';
import { buildCatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const names = (list: Array<{ name: string }>) => list.map((a) => a.name);

describe('searchAgreements', () => {
  it('ranks a word starting with the query over a match inside a word, then catalog order', () => {
    const small = buildCatalogSnapshot({
      agreements: [anAgreement(1, 2020, [], { name: 'Hypercyber Treaty' }), anAgreement(2, 2020, [], { name: 'Pact on Cyberspace' }), anAgreement(3, 2020, [], { name: 'Unrelated Accord', aliases: ['Cyber Accord'] }), anAgreement(4, 2020, [], { name: 'Charter' })],
      categories: catalog.categories,
      elements: catalog.elements,
      ggeNorms: catalog.ggeNorms,
    });
    expect(names(searchAgreements('cyber', small, 10))).toEqual(['Pact on Cyberspace', 'Unrelated Accord', 'Hypercyber Treaty']);
    expect(names(searchAgreements('cyber', small, 2))).toEqual(['Pact on Cyberspace', 'Unrelated Accord']);
  });

  it('puts the Paris Call first for "paris" in the real catalog', () => {
    expect(searchAgreements('paris', catalog, 5)[0]!.name).toMatch(/Paris Call/);
  });

  it('finds every agreement of the catalog, not only the first ones', () => {
    for (const a of catalog.agreements) expect(searchAgreements(a.name, catalog, 5)[0]).toBe(a);
  });

  it('finds an agreement by its alias and by its id', () => {
    const withAlias = catalog.agreements.find((a) => a.aliases.length > 0)!;
    expect(searchAgreements(withAlias.aliases[0]!, catalog, 3)).toContain(withAlias);
    expect(searchAgreements(String(withAlias.id), catalog, 1)).toEqual([withAlias]);
  });

  it('lists the catalog in order for an empty query, up to the limit', () => {
    expect(searchAgreements('  ', catalog, 7)).toEqual(catalog.agreements.slice(0, 7));
  });

  it('finds nothing for words no agreement has', () => {
    expect(searchAgreements('zzqx wibble', catalog, 10)).toEqual([]);
  });
});

describe('searchElements', () => {
  it('finds an element by id, name and synonym', () => {
    expect(searchElements('2.5', catalog, 1)[0]!.id).toBe('2.5');
    expect(searchElements('critical infra', catalog, 1)[0]!.id).toBe('2.1');
  });
});
