import { beforeAll, describe, expect, it } from 'vitest';
import { searchChoices } from '../../../../../src/bots/discord/listeners/handle-merge-search.js';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const names = (choices: Array<{ value: string }>) => choices.map((c) => catalog.agreementById.get(Number(c.value))!.name);

describe('searchChoices', () => {
  it('puts word-prefix matches of agreement names first, naming the agreement and its id', () => {
    const [first] = searchChoices('norms', 'agreement', 'Paris', catalog);
    const paris = catalog.agreements.find((a) => /Paris Call/.test(a.name))!;
    expect(first).toEqual({ name: `${paris.name} (${paris.id})`, value: String(paris.id) });
  });

  it('searches the whole catalog for the merge target, not only the first 25', () => {
    const last = catalog.agreements.at(-1)!;
    expect(catalog.agreements.indexOf(last)).toBeGreaterThanOrEqual(25);
    expect(searchChoices('desk', 'merge', last.name.slice(0, 14), catalog)[0]!.value).toBe(String(last.id));
  });

  it('offers at most 25 choices for an empty query', () => {
    expect(searchChoices('norms', 'agreement', '', catalog)).toHaveLength(25);
    expect(searchChoices('norms', 'element', '', catalog)).toHaveLength(25);
  });

  it('finds an element by its id', () => {
    expect(searchChoices('norms', 'element', '5.1', catalog)[0]!.value).toBe('5.1');
  });

  it('finds an agreement despite a typo through the shared matcher', () => {
    expect(names(searchChoices('norms', 'agreement', 'Pariss Call for Trust', catalog)).some((n) => /Paris Call/.test(n))).toBe(true);
  });

  it('keeps choice names within 100 characters', () => {
    for (const c of searchChoices('norms', 'agreement', '', catalog)) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('returns nothing for an option it does not search', () => {
    expect(searchChoices('norms', 'ask', 'x', catalog)).toEqual([]);
    expect(searchChoices('desk', 'drafts', 'x', catalog)).toEqual([]);
  });
});
