import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { findAgreements, findAgreementSpans } from '../../../src/core/text/find-agreements.js';
import { buildCatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const bestId = (q: string) => findAgreements(q, catalog)[0]?.agreement.id;

describe('findAgreements', () => {
  it.each([
    ['Paris Call', 22],
    ['Tech Accord', 24],
    ['GCSC norms', 30],
    ['UN GGE 2015', 12],
    ['the 2021 UN GGE report', 35],
    ['MANRS', 36],
    ['Malabo Convention', 8],
    ['Contract for the Web', 28],
    ['OEWG report', 34],
  ])('finds %s', (q, id) => {
    expect(bestId(q)).toBe(id);
  });

  // as a letter names them: the prose reader takes a catalog agreement only from 0.75
  it.each([
    ["Nous avons signé l'Appel de Paris pour la confiance et la sécurité dans le cyberespace en 2019", 22],
    ['el Llamamiento de París', 22],
    ['adhiere al Llamado de París para la Confianza y la Seguridad en el Ciberespacio', 22],
    ['la Declaración para el Futuro de Internet', 38],
  ])('finds the French or Spanish name in %s', (q, id) => {
    expect(findAgreementSpans(q, catalog, 0.75)[0]?.agreement.id).toBe(id);
  });

  it('does not take an alias left with only a kind of agreement for a name ("AU Convention" once "au" is dropped)', () => {
    const malabo = catalog.agreementById.get(8)!;
    const withAlias = buildCatalogSnapshot({
      agreements: catalog.agreements.map((a) => (a.id === 8 ? { ...a, aliases: [...a.aliases, 'AU Convention', 'The Agreement'] } : a)),
      categories: catalog.categories,
      elements: catalog.elements,
      ggeNorms: catalog.ggeNorms,
    });
    const ids = (q: string) => findAgreements(q, withAlias).map((m) => m.agreement.id);
    expect(ids('Which convention covers child protection online?')).not.toContain(8);
    expect(ids('Is there an agreement on election security?')).not.toContain(8);
    expect(ids(malabo.name)[0]).toBe(8);
    expect(ids('Malabo Convention')[0]).toBe(8);
  });

  it('tolerates a typo in a longer word', () => {
    expect(bestId('the Charlevox commitment')).toBe(20);
  });

  it('finds an agreement named inside a question', () => {
    expect(bestId('What does the Cybersecurity Tech Accord cover?')).toBe(24);
  });

  it('finds both agreements of a comparison', () => {
    const ids = findAgreements('Compare the Paris Call and the GCSC norms', catalog).map((m) => m.agreement.id);
    expect(ids).toEqual(expect.arrayContaining([22, 30]));
  });

  it('scores a whole name at 1 and a partial name lower', () => {
    const [first, second] = findAgreements('UN GGE 2015', catalog);
    expect(first?.score).toBe(1);
    expect(second?.score ?? 0).toBeLessThan(1);
  });

  it.each(['Budapest Convention', 'Budapest Convention on Cybercrime', 'Tell me about the Magna Carta for Robots', 'Which agreements were launched after 2020?'])(
    'matches nothing for %s',
    (q) => {
      expect(findAgreements(q, catalog)).toEqual([]);
    },
  );

  it.each([
    "EAS leader's statement on deepening cooperation in the security of ICTs and of the digital economy",
    'Boe Declaration on Regional Security, Pacific Islands Forum',
  ])('does not take a bracketed common word of a catalog name ("(ICTs)") for a name in %s', (q) => {
    expect(findAgreements(q, catalog)).toEqual([]);
  });

  it('matches nothing in empty or hostile input', () => {
    expect(findAgreements('', catalog)).toEqual([]);
    expect(findAgreements("'; DROP TABLE agreements; --", catalog)).toEqual([]);
    expect(findAgreements('🔥'.repeat(3000), catalog)).toEqual([]);
  });
});

describe('findAgreements on contributed names', () => {
  it.each([
    ['The Paris Call for Trust & Security in Cyberspace (2018)', 22],
    ['African Union Convention', 8],
    ['G7 declaration', 18],
    ['Shanghai Cooperation Organisation agreement 2009', 2],
    ['Global Commission on the Stability of Cyberspace', 30],
  ])('finds %s', (name, id) => {
    expect(findAgreements(name, catalog)[0]?.agreement.id).toBe(id);
  });

  it.each(['G20 Osaka Leaders Declaration', 'GFCE Delhi Communique', 'Council of Europe Convention on Cybercrime', 'Christchurch Call', 'Digital security'])(
    'does not take %s for a catalog agreement',
    (name) => {
      expect(findAgreements(name, catalog)).toEqual([]);
    },
  );

  it('does not take the 2021 GGE report for the 2015 one', () => {
    expect(findAgreements('the 2021 GGE report', catalog)[0]?.agreement.id).toBe(35);
  });
});
