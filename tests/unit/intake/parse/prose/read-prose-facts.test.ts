import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import { parseEmail } from '../../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const parse = (body: string) =>
  parseEmail(Buffer.from(`From: someone@example.org\r\nTo: bpf@example.org\r\nSubject: a suggestion\r\nMessage-ID: <p@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear BPF,\r\n\r\n${body}\r\n\r\nBest wishes\r\n`), { catalog, now: new Date('2026-12-01T00:00:00Z') });

/**
 * One anonymous letter's facts (name, year, parties, maintainer, and the vulnerability and
 * personal data elements 3.2 and 1.2) written in different phrasings: passive and active voice,
 * a year between verb and "by", facts in later sentences, the agreement named again.
 */
const LETTERS = [
  'We would like to propose the Leiden Principles for your catalog. They were agreed in 2021 by European universities and research networks and are kept by the GEANT association. The principles cover coordinated vulnerability handling across campus networks and the protection of personal data of students and staff.',
  'Please consider adding the Leiden Principles. European universities and research networks signed the Leiden Principles in 2021; today they are looked after by the GEANT association. They address vulnerability disclosure and data protection.',
  'I suggest the Leiden Principles (2021). Its signatories are European universities and research networks. The GEANT association maintains them. It deals with vulnerabilities and personal data.',
  'The BPF should look at the Leiden Principles. Launched in 2021, it brings together European universities and research networks, and it is run jointly by the GEANT association. It asks members to handle vulnerabilities responsibly and to protect personal information.',
  'May I recommend the Leiden Principles, adopted in 2021 by European universities and research networks? They are hosted by the GEANT association and deal with patching and with personal data.',
];

describe('facts of an agreement proposed in a letter', () => {
  for (const [n, letter] of LETTERS.entries()) {
    it(`reads name, year, parties, maintainer and elements from phrasing ${n + 1}`, async () => {
      const m = await parse(letter);
      expect(m.agreements).toHaveLength(1);
      const a = m.agreements[0]!;
      expect([a.name, a.source, a.launchYear, a.parties, a.maintainer]).toEqual(['Leiden Principles', 'prose', 2021, 'European universities and research networks', 'GEANT association']);
      expect(a.normElements.map((e) => e.id).sort()).toEqual(['1.2', '3.2']);
    });
  }

  it('reads no maintainer or parties from the sender\'s own "we"', async () => {
    const m = await parse('We propose the Leiden Principles, launched in 2021. We maintain them and we signed them.');
    expect(m.agreements.map((a) => [a.name, a.maintainer, a.parties])).toEqual([['Leiden Principles', null, null]]);
  });
});

describe('facts worded with a date, a follow-up, or "between"', () => {
  it('reads parties across a full date ("adoptée le 9 juin 2020 par") and a maintainer from "son suivi est assuré par"', async () => {
    const m = await parse("Nous proposons la Charte de Lomé, adoptée le 9 juin 2020 par les ministres du numérique de cinq États. Son suivi est assuré par la Commission régionale, à Lomé.");
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.parties, a.maintainer])).toEqual([['Charte de Lomé', 2020, 'ministres du numérique de cinq États', 'Commission régionale']]);
  });

  it.each([
    ['We propose the Leiden Principles, signed on 12 November 2021 by European universities. Their follow-up is handled by the GEANT association.'],
    ['Quisiera proponer los Principios de Leiden, firmados el 12 de noviembre de 2021 por European universities. Su seguimiento está asegurado por el GEANT association.'],
  ])('reads the same facts in %j', async (letter) => {
    const a = (await parse(letter)).agreements[0]!;
    expect([a.launchYear, a.parties, a.maintainer]).toEqual([2021, 'European universities', 'GEANT association']);
  });

  it('reads no parties from "coopérer entre équipes", only from an agreement "between"', async () => {
    const m = await parse("Nous proposons la Charte de Lomé, lancée en 2020. Elle engage les États à coopérer entre équipes nationales de réponse aux incidents.");
    expect(m.agreements.map((a) => a.parties)).toEqual([null]);
    const pact = await parse('We propose the Lagos Pact, launched in 2020 as a pact between Nigeria and Ghana.');
    expect(pact.agreements.map((a) => a.parties)).toEqual(['Nigeria and Ghana']);
  });
});

describe('a sentence that opens with a verb before the title', () => {
  it.each([
    ['Proponemos los Principios de Leiden, adoptados en 2021 por universidades europeas.', 'Principios de Leiden'],
    ['Sugerimos la Carta de Bamako para la confianza digital, adoptada en 2021 por siete Estados.', 'Carta de Bamako para la confianza digital'],
    ['Proposons la Charte de Lomé, adoptée en 2020 par cinq États.', 'Charte de Lomé'],
    ['Supporting the Leiden Principles, launched in 2021 by European universities, is our proposal.', 'Leiden Principles'],
  ])('names the agreement without the verb in %j', async (letter, name) => {
    const m = await parse(letter);
    expect(m.agreements.map((a) => a.name)).toEqual([name]);
  });

  it('keeps an article inside a title ("Charter of the Mekong Network")', async () => {
    const m = await parse('We propose the Charter of the Mekong Network, adopted in 2019 by five states.');
    expect(m.agreements.map((a) => a.name)).toEqual(['Charter of the Mekong Network']);
  });
});

describe('the maintainer a letter names in prose', () => {
  const maintainer = async (sentence: string, lead = 'We propose the Kestrel Charter, launched in 2022.') => (await parse(`${lead} ${sentence}`)).agreements.map((a) => a.maintainer);

  it.each([
    ['They are looked after by the EFF, Access Now and Privacy International.', 'EFF, Access Now and Privacy International'],
    ['It is kept by the Nordic Cyber Secretariat, the Oslo CERT, and the Bergen Digital Agency.', 'Nordic Cyber Secretariat, the Oslo CERT, and the Bergen Digital Agency'],
    ['The Nordic Cyber Secretariat looks after it.', 'Nordic Cyber Secretariat'],
    ['Two city councils take care of it.', 'Two city councils'],
    ['Its text is online, and the Nordic Cyber Secretariat keeps it.', 'Nordic Cyber Secretariat'],
    ['It is maintained by a consortium of universities, namely TU Delft, KU Leuven and ETH Zurich.', 'TU Delft, KU Leuven and ETH Zurich'],
    ['It is run by the coalition that drafted it, mainly Access Now and the Tor Project.', 'Access Now and the Tor Project'],
  ])('reads "%s"', async (sentence, value) => {
    expect(await maintainer(sentence)).toEqual([value]);
  });

  it.each([
    ["Elle est gérée par l'UIT, l'Union africaine et la CEDEAO.", "UIT, l'Union africaine et la CEDEAO"],
    ["Elle est maintenue par un réseau d'universités, notamment l'Université de Lomé et l'Université de Kara.", "Université de Lomé et l'Université de Kara"],
  ])('reads the French "%s"', async (sentence, value) => {
    expect(await maintainer(sentence, 'Nous proposons la Charte de Lomé, adoptée en 2020.')).toEqual([value]);
  });

  it.each([
    ['Está mantenida por la Comunidad Andina, el BID y la OEA.', 'Comunidad Andina, el BID y la OEA'],
    ['Es mantenida por una coalición de ONG, principalmente Derechos Digitales y Access Now.', 'Derechos Digitales y Access Now'],
  ])('reads the Spanish "%s"', async (sentence, value) => {
    expect(await maintainer(sentence, 'Proponemos la Carta de Bamako, adoptada en 2021.')).toEqual([value]);
  });

  it('stops at a comma that is not followed by a list of names', async () => {
    expect(await maintainer('It is kept by the OECD, which publishes it each year.')).toEqual(['OECD']);
    expect(await maintainer('It is hosted by the GFCE, in The Hague.')).toEqual(['GFCE']);
  });

  it('reads the maintainer from a later sentence of the paragraph, before the next agreement is named', async () => {
    const m = await parse('We propose the Kestrel Charter. It was launched in 2022. Forty cities have joined. Its text is short. It is kept by the Nordic Cyber Secretariat.');
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.maintainer])).toEqual([['Kestrel Charter', 2022, 'Nordic Cyber Secretariat']]);
  });

  it('ends the parties at ", et" before the next clause\'s verb, and keeps the commas of a list of parties', async () => {
    const m = await parse('Nous proposons la Charte de Lomé, adoptée en 2020 par les ministres de cinq États, et gérée par la Commission régionale. Nous proposons aussi la Charte de Dakar, signée par le Sénégal, le Mali et la Guinée, et mise en œuvre depuis 2021.');
    expect(m.agreements.map((a) => [a.name, a.parties, a.maintainer])).toEqual([
      ['Charte de Lomé', 'ministres de cinq États', 'Commission régionale'],
      ['Charte de Dakar', 'Sénégal, le Mali et la Guinée', null],
    ]);
  });
  it('reads no maintainer from a subject that runs "these exercises": only "it" or the agreement\'s name is its object', async () => {
    const m = await parse('We would like to propose the Leiden Principles. Many national CERTs run these exercises every year.');
    expect(m.agreements.map((a) => [a.name, a.maintainer])).toEqual([['Leiden Principles', null]]);
  });
});
