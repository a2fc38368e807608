import { describe, expect, it } from 'vitest';
import { countryOfStateBody, firstSentence, readDetailParts, splitParts } from '../../../../../src/intake/parse/contributor/read-detail-parts.js';

describe('readDetailParts', () => {
  it.each([
    // name, title, organisation, city, country
    ['Dr Ines Moreau, Maîtresse de conférences en droit, Université de Rennes, Rennes, France', { name: 'Dr Ines Moreau', affiliation: 'Université de Rennes', country: 'France' }],
    // title first, two organisation parts, an acronym among them
    ['Investigador titular, Instituto de Políticas Digitales, UNLP, La Plata, Argentina', { name: null, affiliation: 'Instituto de Políticas Digitales, UNLP', country: 'Argentina' }],
    // the title's field before the organisation ("Cyber Diplomacy") is the title's, not the organisation's
    ['Aiko Tanaka, Director, Cyber Diplomacy, Pacific Policy Institute, Japan', { name: 'Aiko Tanaka', affiliation: 'Pacific Policy Institute', country: 'Japan' }],
    // German, the legal form's dot kept; the city is no organisation
    ['Lena Vogt, Referentin für Netzpolitik, Digitalverein Süd e.V., Stuttgart, Deutschland.', { name: 'Lena Vogt', affiliation: 'Digitalverein Süd e.V.', country: 'Deutschland' }],
    // organisation written without an organisation word, then the country after a dash
    ['Network Engineer, Kalahari Peering Exchange - Botswana', { name: null, affiliation: 'Kalahari Peering Exchange', country: 'Botswana' }],
    // the organisation only after the title's "of"
    ['Director of the Institute for Maritime Cyber Studies, Singapore', { name: null, affiliation: 'Institute for Maritime Cyber Studies', country: 'Singapore' }],
    // post-nominal degrees and certifications are the name's, not an organisation
    ['Grace Obi, MBA, CISM, Lagos Business School, Nigeria', { name: 'Grace Obi', affiliation: 'Lagos Business School', country: 'Nigeria' }],
    ['Rahul Mehta, Ph.D., Senior Security Architect, Bengaluru, India', { name: 'Rahul Mehta', affiliation: null, country: 'India' }],
  ])('%j', (text, want) => {
    expect(readDetailParts(text)).toMatchObject(want);
  });
});

describe('firstSentence', () => {
  it('ends the list at the sentence after it, not at a title or a legal form', () => {
    expect(firstSentence('Dr. Ana Ruiz, Verein X e.V., Köln, Deutschland. Bitte nennen Sie mich.')).toBe('Dr. Ana Ruiz, Verein X e.V., Köln, Deutschland');
  });

  it('keeps a list without a dot whole', () => {
    expect(firstSentence('Ana Ruiz, Lecturer, Köln! Happy to be named')).toBe('Ana Ruiz, Lecturer, Köln! Happy to be named');
  });
});

describe('splitParts', () => {
  it('splits at commas, semicolons, bars and dashes spaced by any space, not inside brackets or at a hyphen', () => {
    expect(splitParts('Ana Ruiz - Lecturer \u2013 Uni X\u00a0\u2014\u00a0Lima;Peru|ZANOG (South African, SA), e-Gov Lab -')).toEqual([
      'Ana Ruiz',
      'Lecturer',
      'Uni X',
      'Lima',
      'Peru',
      'ZANOG (South African, SA)',
      'e-Gov Lab -',
    ]);
  });
});

describe('countryOfStateBody', () => {
  it.each([
    ['Permanent Mission of the Kingdom of Bhutan to the United Nations', 'Bhutan'],
    ['Embassy of Trinidad and Tobago, Brussels', 'Trinidad and Tobago'],
    ['Ministère des Affaires étrangères du Maroc', 'Maroc'],
    ['Embaixada de Moçambique em Lisboa', 'Moçambique'],
    ['Embassy of France in the Republic of Chad', 'France'],
    ["Ambassade du Sénégal auprès du Royaume de Belgique", 'Sénégal'],
  ])('%s -> %s', (body, country) => {
    expect(countryOfStateBody(body)).toBe(country);
  });

  it.each(['University of Georgia', 'Bank of Jamaica Staff Association', 'Ministry of Justice'])('reads no country from %j', (name) => {
    expect(countryOfStateBody(name)).toBeNull();
  });
});
