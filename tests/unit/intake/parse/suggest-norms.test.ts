import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { suggestNorms } from '../../../../src/intake/parse/suggest-norms.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const ids = (text: string) => {
  const s = suggestNorms(text, catalog);
  return { elements: s.normElements.map((e) => e.id), gge: s.ggeNorms.map((n) => n.id) };
};

describe('suggestNorms with GGE norms cited by paragraph', () => {
  // 13(k) is "no harm to CERTs/CSIRTs", element 5.7 in the shipped GGE table; 13(h) is assistance, 4.3
  for (const spelling of ['13k', '13 (k)', '13(k)', 'norm k', '13.k', 'para. 13 k']) {
    it(`reads "${spelling}" as 13(k) and suggests its element 5.7`, () => {
      expect(ids(`UN GGE norms mentioned: ${spelling}`)).toEqual({ elements: ['5.7'], gge: ['13k'] });
    });
  }

  it('suggests the elements of every norm in a list, in the order cited', () => {
    expect(ids('UN GGE norms mentioned: 13h, 13k').elements).toEqual(['4.3', '5.7']);
    expect(ids('It reflects paragraph 13 (h) and (k) of the 2015 report.').elements).toEqual(['4.3', '5.7']);
  });

  it('keeps an element named in words once, beside the one a citation points to', () => {
    const s = suggestNorms('Vulnerability disclosure is central. It also reflects 13(k).', catalog);
    expect(s.normElements.map((e) => [e.id, e.sentence])).toEqual([
      ['3.2', 'Vulnerability disclosure is central.'],
      ['5.7', 'It also reflects 13(k).'],
    ]);
  });

  it('does not add the elements of a norm only found through other words', () => {
    // "supply chain" finds norm 13(i) by its words; 13(i)'s other elements (5.3, 5.10) are not cited
    expect(ids('Members secure their supply chain.').elements).not.toContain('5.10');
  });
});

describe('suggestNorms on a noun the taxonomy has for a practice and for a restraint', () => {
  // CSIRTs are emergency response capacity (2.5); 5.7 and 13(k) are about not harming them or using them maliciously
  it.each([
    'It supports information sharing between CSIRTs, supports cooperation (13(a)).',
    'The strategy covers incident management and CSIRT capacity.',
    'Prevé la creación de equipos nacionales de respuesta a incidentes (CSIRT).',
    'Our national CERT coordinated the response.',
    'We help develop national CSIRT capacity in the region.',
    'National CSIRTs use MISP to share indicators.',
    // phrases of 5.7 made only of the practice's words (2.5 has "emergency response" and "response teams", and "CERT" and "CSIRT")
    'The declaration sets up computer emergency response teams in every member state.',
    'Training for emergency response teams and capacity building.',
    'It covers CERT/CSIRT cooperation.',
  ])('does not suggest no harm to CERTs (5.7) or 13(k) for a mere mention: %s', (text) => {
    const got = ids(text);
    expect(got.elements).toContain('2.5');
    expect(got.elements).not.toContain('5.7');
    expect(got.gge).not.toContain('13k');
  });

  it.each([
    'States should not attack CERTs.',
    'Parties commit not to harm the national CSIRT or use CERTs for malicious activity.',
    'We protect CERTs from attack.',
    'States must not use CERTs for malicious activity.',
    'Members will not disrupt computer emergency response teams.',
  ])(
    'suggests 5.7 and 13(k) where the words say not to harm or misuse CERTs: %s',
    (text) => {
      const got = ids(text);
      expect(got.elements).toContain('5.7');
      expect(got.gge).toContain('13k');
    },
  );

  it('still suggests 5.7 for a citation of 13(k) beside a bare mention', () => {
    expect(ids('It reflects 13(k): CSIRTs.').elements).toContain('5.7');
  });

  it('reads the DNS as network practice (6.1) unless the words say not to disrupt it (5.8)', () => {
    expect(ids('The DNS registry runs routing filters.').elements).toEqual(['6.1']);
    expect(ids('Signatories will not disrupt the DNS.').elements).toEqual(['5.8']);
  });

  it.each([
    ['States should not attack the domain name system.', '5.8'],
    ['Parties refrain from disrupting routing between networks.', '5.8'],
  ])('reads a noun a restraint and a practice share as the restraint alone when restraint frames it: %s', (text, restraint) => {
    expect(ids(text).elements).toEqual([restraint]);
  });

  it('keeps the practice where nothing frames the shared noun as restraint', () => {
    expect(ids('Operators adopt good routing practices and DNS hygiene.').elements).toEqual(['6.1']);
  });
});

describe('suggestNorms on a topic the text says it does not cover', () => {
  it.each([
    ['The Charter does not cover supply chain security.', '3.1'],
    ["It doesn't address vulnerability disclosure at all.", '3.2'],
    ['Supply chain security is not covered.', '3.1'],
    ['There is no mention of critical infrastructure in the text.', '2.1'],
    ['La déclaration ne traite pas de la protection des infrastructures critiques.', '2.1'],
    ["Le texte n'aborde pas la chaîne d'approvisionnement.", '3.1'],
    ['El acuerdo no incluye la cadena de suministro.', '3.1'],
    ['La cadena de suministro no está cubierta.', '3.1'],
  ])('suggests nothing for %j', (text, id) => {
    const got = ids(text);
    expect(got.elements).not.toContain(id);
    expect(got.elements).toEqual([]);
    expect(got.gge).toEqual([]);
  });

  it('suggests the topic the same sentence affirms after a contrast, and one a later sentence affirms', () => {
    expect(ids('La cadena de suministro no está cubierta, pero sí la protección de infraestructuras críticas.').elements).toEqual(['2.1']);
    const s = suggestNorms('The pledge does not address supply chain security. Members secure their supply chain through audits.', catalog);
    expect(s.normElements.map((e) => [e.id, e.sentence])).toEqual([['3.1', 'Members secure their supply chain through audits.']]);
  });

  // a clause is negated only with a negation and a verb of covering of its own
  it.each([
    'The pledge does not stop there; it covers supply chain security.',
    'Nothing is left out: the text addresses supply chain security.',
  ])('suggests a topic when the negation and the verb of covering are in different clauses: %j', (text) => {
    expect(ids(text).elements).toEqual(['3.1']);
  });

  it.each([
    ['It covers not only supply chain security but also critical infrastructure.', ['3.1', '2.1']],
    ["Le texte ne couvre pas seulement la chaîne d'approvisionnement mais aussi les infrastructures critiques.", ['3.1', '2.1']],
    ['No solo incluye la cadena de suministro sino también las infraestructuras críticas.', ['3.1', '2.1']],
  ])('still suggests both topics of "not only ... but also": %j', (text, want) => {
    expect(ids(text).elements).toEqual(want);
  });

  it.each([
    'States should not attack CERTs.',
    'Signatories will not disrupt the DNS.',
    'Signatories commit not to include backdoors in products.',
    // a verb of covering under a word of obligation states the rule, not a gap in the text
    'Vendors should not include backdoors in their products.',
    'Products must not contain backdoors or hidden functions.',
    "Manufacturers shouldn't include backdoors.",
    'Les fabricants ne doivent pas inclure de backdoors dans leurs produits.',
  ])(
    'still suggests a restraint norm phrased with a negation: %j',
    (text) => {
      expect(ids(text).elements.some((id) => id.startsWith('5.'))).toBe(true);
    },
  );
});
