import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { findMaintainedAgreements, isMaintainerWord, namedMaintainer, namingAcronyms } from '../../../src/core/questions/find-maintained-agreements.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
// a field the data marks as none ("none - UN GA document circulated by ...") names no maintainer
const byField = (re: RegExp) => catalog.agreements.filter((a) => re.test(a.maintainer) && !/^none\b/.test(a.maintainer)).map((a) => a.id).sort((x, y) => x - y);
const found = (...words: string[]) => [...findMaintainedAgreements(catalog, words)].sort((x, y) => x - y);

describe('findMaintainedAgreements', () => {
  it.each([
    [['g7'], /\bG7\b/],
    [['osce'], /\bOSCE\b/],
    [['african', 'union'], /African Union/],
    [['freedom', 'online', 'coalition'], /Freedom Online Coalition/],
    [['asean'], /\bASEAN\b/],
    // an acronym the field spells out
    [['un'], /United Nations|\bUN\b/],
    // a typo in a longer word
    [['commonwelth'], /Commonwealth/],
  ])('finds the agreements whose maintainer is %j', (words, re) => {
    expect(byField(re).length).toBeGreaterThan(0);
    expect(found(...words)).toEqual(byField(re));
  });

  it('needs every word: "african" and "community" is the EAC, not the African Union', () => {
    expect(found('east', 'african', 'community')).toEqual(byField(/East African Community/));
  });

  it('finds nothing for an organisation no agreement names', () => {
    expect(found('council', 'of', 'europe')).toEqual([]);
  });

  it('reads no maintainer from a field the data marks as none or unknown', () => {
    expect(catalog.agreements.some((a) => /^none - /.test(a.maintainer))).toBe(true);
    expect(catalog.agreements.filter((a) => namedMaintainer(a) === undefined).map((a) => a.maintainer)).toEqual(catalog.agreements.filter((a) => /^none\b/.test(a.maintainer)).map((a) => a.maintainer));
    expect(namedMaintainer({ maintainer: 'unknown (not stated in the text)' })).toBeUndefined();
    expect(namedMaintainer({ maintainer: 'OSCE (Permanent Council)' })).toBe('OSCE (Permanent Council)');
    expect(found('proponent', 'states')).toEqual([]);
  });

  it('knows maintainer words and spelled-out acronyms', () => {
    expect(isMaintainerWord(catalog, 'nato')).toBe(true);
    expect(isMaintainerWord(catalog, 'un')).toBe(true);
    expect(isMaintainerWord(catalog, 'budapest')).toBe(false);
  });

  it('finds an agreement named after the organisation though it has no maintainer: the SCO Code of Conduct', () => {
    const code = catalog.agreements.find((a) => a.aliases.includes('SCO Code of Conduct'));
    expect(code && namedMaintainer(code)).toBeUndefined();
    expect(found('sco')).toEqual([...byField(/\bSCO\b/), code?.id].sort((x, y) => (x ?? 0) - (y ?? 0)));
    expect(found('gge')).toEqual(catalog.agreements.filter((a) => a.aliases.some((n) => /\bGGE\b/.test(n))).map((a) => a.id));
  });
});

describe('namingAcronyms', () => {
  it.each([
    [{ name: 'International code of conduct', aliases: ['SCO Code of Conduct'] }, ['sco']],
    [{ name: 'Report of the Group', aliases: ['UN GGE 2015', '2015 GGE report'] }, ['un', 'gge']],
    // an acronym further in is a subject, not the convener; an English word in capitals is no acronym
    [{ name: 'Convention on International Information Security', aliases: ['Russian draft UN convention'] }, []],
    [{ name: 'Ethics for Incident Response', aliases: ['FIRST Code of Ethics'] }, []],
    [{ name: 'ASEAN Regional Forum Work Plan', aliases: ['ARF ICT Security Work Plan (2015)'] }, ['asean', 'arf']],
  ])('reads the organisations %j is named after', (a, acronyms) => {
    expect(namingAcronyms(a)).toEqual(acronyms);
  });
});
