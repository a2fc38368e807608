import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { findElementIds } from '../../../src/core/text/find-element-ids.js';
import { findElements } from '../../../src/core/text/find-elements.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const ids = (text: string) => findElements(text, catalog).map((m) => m.element.id);

describe('findElements', () => {
  it.each([
    ['personal dta', '1.2'],
    ['suply chain', '3.1'],
    ['CIP', '2.1'],
    ['hack back', '5.4'],
    ['IP theft', '5.2'],
    ['which agreements talk about protecting elections?', '2.3'],
    ['botnets?', '5.5'],
    ['what are H functions?', '5.10'],
    ['vulnerability disclosure', '3.2'],
    ['human rihgts', '1.1'],
  ])('finds %s as element %s first', (text, id) => {
    expect(ids(text)[0]).toBe(id);
  });

  it('finds both CERT elements when the text does not say which', () => {
    expect(ids('CERTs')).toEqual(expect.arrayContaining(['2.5', '5.7']));
  });

  it('reads "national CERTs" as emergency response capacity', () => {
    expect(ids('national CERTs')).toEqual(['2.5']);
  });

  it('prefers the longer phrase over a word inside it', () => {
    expect(ids('attacks on critical infrastructure')).toEqual(['5.6']);
    expect(ids('voting systems')).toContain('5.9');
  });

  it('prefers a phrase read over all its words to one that skipped a word of it', () => {
    // "mutual assistance" (4.3, help for critical infrastructure) matches "mutual legal assistance" only by skipping "legal"
    expect(ids('mutual legal assistance')).toEqual(['4.2']);
    expect(ids('mutual legal assistance for cybercrime')).toEqual(['4.2']);
    expect(ids('mutual assistance')).toEqual(['4.3']);
  });

  it('reports the synonym that matched', () => {
    expect(findElements('they talk about hackback', catalog)[0]?.matched).toBe('hackback');
  });

  it('does not read short words with typos as elements', () => {
    expect(ids('the cat sat on the mat')).toEqual([]);
  });

  it('finds nothing in empty input', () => {
    expect(findElements('', catalog)).toEqual([]);
  });
});

describe('findElementIds', () => {
  it('reads element ids in the order written', () => {
    expect(findElementIds('what is 2.5? and 5.10', catalog).map((e) => e.id)).toEqual(['2.5', '5.10']);
  });

  it('ignores ids the taxonomy does not have and longer numbers', () => {
    expect(findElementIds('version 2.55, 7.1 and 1.2.3', catalog)).toEqual([]);
  });
});

describe('findElements memo', () => {
  it('returns the same matches again after a caller changed the first result', () => {
    const text = 'We protect critical infrastructure and report vulnerabilities.';
    const first = findElements(text, catalog);
    const want = first.map((m) => ({ ...m }));
    expect(want.length).toBeGreaterThan(1);
    first[0]!.score = 0;
    first.pop();
    expect(findElements(text, catalog)).toEqual(want);
  });
});
