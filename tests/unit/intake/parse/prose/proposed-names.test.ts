import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import type { ParsedMessage } from '../../../../../src/core/contribution/parsed-message.js';
import { parseEmail } from '../../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const now = new Date('2026-12-01T00:00:00Z');
const parse = (body: string) =>
  parseEmail(Buffer.from(`From: someone@example.org\r\nTo: bpf@example.org\r\nSubject: a suggestion\r\nMessage-ID: <p@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear BPF,\r\n\r\n${body}\r\n\r\nBest wishes\r\n`), { catalog, now });
const fixture = (name: string) => parseEmail(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/mail', name)), { catalog, now });
const drafts = (m: ParsedMessage) => m.agreements.map((a) => [a.name, a.launchYear]);
const mentioned = (m: ParsedMessage) => (m.mentions ?? []).map((x) => x.agreementId ?? x.name);

describe('which names a letter proposes', () => {
  it('drafts only the French letter\'s new charter; the Paris Call and the Malabo Convention it names in passing stay mentions', async () => {
    const m = await fixture('fr-prose-letter-in-passing.eml');
    expect(m.kind).toBe('contribution');
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.parties, a.maintainer])).toEqual([
      ['Charte de Cotonou sur la confiance numérique', 2020, 'ministres chargés du numérique de huit États membres de l\'UEMOA', 'Commission de l\'UEMOA'],
    ]);
    // 'l'Appel de Paris' is the catalog's Paris Call by its French name (data/translated-names.json)
    expect(mentioned(m)).toEqual([22, 8]);
  });

  it.each([
    ['Like the Paris Call, the Kestrel Charter deserves a place in your study.'],
    ['Besides the Paris Call, I would suggest the Kestrel Charter.'],
    ['Comme l\'Appel de Paris, la Kestrel Charter mérite votre attention.'],
    ['Además del Convenio de Budapest, quisiera proponer la Kestrel Charter.'],
    ['I propose the Kestrel Charter, which complements the Paris Call.'],
  ])('drafts the agreement the proposal is about, not the one compared with: %j', async (letter) => {
    const m = await parse(letter);
    expect(m.agreements.map((a) => a.name)).toEqual(['Kestrel Charter']);
    expect(m.mentions).toHaveLength(1);
  });

  it('drafts every agreement of a proposed list', async () => {
    const m = await parse('We propose the Kestrel Charter and the Lagos Declaration on Cyber Hygiene for your study.');
    expect(m.agreements.map((a) => a.name)).toEqual(['Kestrel Charter', 'Lagos Declaration on Cyber Hygiene']);
  });

  it('splits two titles joined by "et de la" / "and the", each found on its own', async () => {
    const m = await parse('Au-delà de la Charte de Lomé et de la Déclaration de Niamey, je souhaite attirer votre attention sur la Charte de Dakar.');
    expect(m.agreements.map((a) => a.name)).toEqual(['Charte de Dakar']);
    expect(mentioned(m)).toEqual(['Charte de Lomé', 'Déclaration de Niamey']);
  });
});

describe('a question about the call', () => {
  it('reads the question to the organisers as "other", without drafts for the agreements it asks about', async () => {
    const m = await fixture('question-to-organisers.eml');
    expect([m.kind, m.agreements]).toEqual(['other', []]);
  });

  it('reads the sender\'s own questions as questions, not as the call\'s question 1 or a parties label', async () => {
    const m = await fixture('question-is-it-on-your-list.eml');
    expect([m.kind, m.agreements, m.answers]).toEqual(['other', [], {}]);
  });

  it.each([
    ['Should we propose the Kestrel Charter, launched in 2022, or only agreements on your list?'],
    ['We wonder whether we should suggest the Kestrel Charter, launched in 2022.'],
    ['¿Deberíamos proponer la Kestrel Charter, lanzada en 2022?'],
  ])('proposes nothing in %j', async (letter) => {
    expect(drafts(await parse(letter))).toEqual([]);
  });

  it('still takes an offer put as a question for a proposal', async () => {
    expect(drafts(await parse('May I suggest the Kestrel Charter, launched in 2022?'))).toEqual([['Kestrel Charter', 2022]]);
  });
});

describe('a new agreement proposed beside a catalog agreement it cites', () => {
  const gge = () => catalog.agreements.find((a) => a.aliases.includes('UN GGE 2015'))!.id;
  const paris = () => catalog.agreements.find((a) => /Paris Call/.test(a.name))!.id;
  const malabo = () => catalog.agreements.find((a) => a.aliases.includes('Malabo Convention'))!.id;
  const read = (m: ParsedMessage) => m.agreements.map((a) => [a.name, a.launchYear, a.parties, a.maintainer, a.signatories, a.catalogMatch]);

  it('names the draft by the bilateral agreement, not by the GGE report whose norm it is close to; the report is a mention', async () => {
    const m = await fixture('en-prose-new-treaty-cites-catalog.eml');
    expect(read(m)).toEqual([
      [
        'Agreement between the Government of Kazakhstan and the Government of Kyrgyzstan on cooperation in the field of information security',
        2017,
        'two governments',
        'two foreign ministries',
        ['https://mfa.example.kz/agreements/kg-2017'],
        null,
      ],
    ]);
    expect(mentioned(m)).toEqual([gge()]);
  });

  it('does not let a catalog agreement cited by one of its parts take a backward proposal ("... deserves a place")', async () => {
    const m = await parse(
      'The Agreement between the Government of Chile and the Government of Peru on cyber defence, signed in Lima in 2019, which is close to norm 13(d) of the 2015 GGE report, deserves a place in your study.',
    );
    expect(drafts(m)).toEqual([['Agreement between the Government of Chile and the Government of Peru on cyber defence', 2019]]);
    expect(mentioned(m)).toEqual([gge()]);
  });

  it('reads the same in Spanish and French: the new title is the draft, the text it is compared with a mention', async () => {
    const es = await parse(
      'Proponemos el Acuerdo entre el Gobierno de Chile y el Gobierno de Argentina sobre cooperación en ciberdefensa, firmado en Santiago el 12 de abril de 2018, parecido al principio 3 del Llamamiento de París. Lo mantienen los dos ministerios de defensa y el texto está publicado en (https://defensa.example.cl/acuerdo-ar).',
    );
    expect(read(es)).toEqual([
      ['Acuerdo entre el Gobierno de Chile y el Gobierno de Argentina sobre cooperación en ciberdefensa', 2018, 'Gobierno de Chile y el Gobierno de Argentina', 'dos ministerios de defensa', ['https://defensa.example.cl/acuerdo-ar'], null],
    ]);
    expect(mentioned(es)).toEqual([paris()]);
    const fr = await parse(
      "Nous proposons l'Accord entre le Gouvernement du Sénégal et le Gouvernement du Mali sur la cybersécurité, signé à Dakar le 3 mars 2019, proche de l'article 5 de la Convention de Malabo. Les deux ministères des affaires étrangères le gèrent et le texte est publié sur (https://www.gouv.example.sn/accord-mali).",
    );
    expect(read(fr)).toEqual([
      ['Accord entre le Gouvernement du Sénégal et le Gouvernement du Mali sur la cybersécurité', 2019, 'Gouvernement du Sénégal et le Gouvernement du Mali', 'deux ministères des affaires étrangères', ['https://www.gouv.example.sn/accord-mali'], null],
    ]);
    expect(mentioned(fr)).toEqual([malabo()]);
  });
});

describe('the facts of the agreement cited, kept off the draft', () => {
  it('does not date the draft by the year in brackets after the agreement it is compared with', async () => {
    expect(drafts(await parse('Like the Tech Accord (2018) the Kestrel Charter deserves a place.'))).toEqual([['Kestrel Charter', null]]);
    expect(drafts(await parse('Like the Tech Accord, the Kestrel Charter (2021) deserves a place.'))).toEqual([['Kestrel Charter', 2021]]);
  });

  it('reads a part labelled "5 a)" as a citation, not the end of a clause', async () => {
    const m = await parse("L'Accord entre le Gouvernement du Sénégal et le Gouvernement du Mali sur la cybersécurité, signé en 2019, proche de l'article 5 a) de la Convention de Malabo, mérite une place dans votre étude.");
    expect(drafts(m)).toEqual([['Accord entre le Gouvernement du Sénégal et le Gouvernement du Mali sur la cybersécurité', 2019]]);
    expect(mentioned(m)).toEqual([catalog.agreements.find((a) => a.aliases.includes('Malabo Convention'))!.id]);
  });
});

describe('titles headed by a word of an agreement family in French and Spanish', () => {
  it.each([
    ['Proponemos la Recomendación Andina sobre Gestión de Incidentes, adoptada en 2019 por los CSIRT nacionales.', 'Recomendación Andina sobre Gestión de Incidentes', 2019],
    ['Sugerimos las Normas Mínimas de Ciberseguridad del Mercosur, aprobadas en 2020.', 'Normas Mínimas de Ciberseguridad del Mercosur', 2020],
    ["Nous proposons la Résolution 58 de l'Union africaine des télécommunications, adoptée en 2018.", "Résolution 58 de l'Union africaine des télécommunications", 2018],
  ])('drafts "%s"', async (sentence, name, year) => {
    expect(drafts(await parse(sentence))).toEqual([[name, year]]);
  });
});

describe('a name and the other name it is given', () => {
  it.each([
    ['I suggest the International Code of Practice for Cyber Hygiene (known as the Lagos Code), adopted in 2020 by Nigerian banks.', 'International Code of Practice for Cyber Hygiene (Lagos Code)', 2020],
    ['We propose the Kestrel Charter on Responsible Disclosure, better known as the Kestrel Pledge, launched in 2022.', 'Kestrel Charter on Responsible Disclosure (Kestrel Pledge)', 2022],
    ['We propose the Kestrel Charter on Responsible Disclosure, also called KestrelCVD, launched in 2022.', 'Kestrel Charter on Responsible Disclosure (KestrelCVD)', 2022],
    ['Nous proposons la Déclaration de Niamey sur la cybersécurité, aussi appelée Déclaration du Sahel, adoptée en 2019.', 'Déclaration de Niamey sur la cybersécurité (Déclaration du Sahel)', 2019],
    ['Proponemos el Acuerdo Regional de Ciberseguridad del Caribe, conocido como Pacto de Kingston, firmado en 2018.', 'Acuerdo Regional de Ciberseguridad del Caribe (Pacto de Kingston)', 2018],
  ])('drafts one agreement, its other name in brackets, from %j', async (letter, name, year) => {
    const m = await parse(letter);
    expect(drafts(m)).toEqual([[name, year]]);
    expect(m.mentions).toEqual([]);
  });

  it('reads the other name used later in the letter as the same agreement, with the facts said of it', async () => {
    const m = await parse('We propose the Kestrel Charter on Responsible Disclosure, better known as the Kestrel Pledge, launched in 2022. The Kestrel Pledge is maintained by the Nordic Cyber Secretariat.');
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.maintainer])).toEqual([['Kestrel Charter on Responsible Disclosure (Kestrel Pledge)', 2022, 'Nordic Cyber Secretariat']]);
    expect(m.mentions).toEqual([]);
  });

  it('reads a title and the catalog name it is also known by as that catalog agreement, with the facts of the sentence', async () => {
    const arab = catalog.agreements.find((a) => a.aliases.includes('Arab Cybercrime Convention (2010)'))!.id;
    const m = await parse('We propose the Cairo Convention on Cyber Offences, also known as the Arab Cybercrime Convention, adopted in 2010 by the League of Arab States.');
    expect(m.agreements.map((a) => [a.launchYear, a.parties, a.catalogMatch?.agreementId])).toEqual([[2010, 'League of Arab States', arab]]);
    expect(m.mentions).toEqual([]);
  });

  it('reads no other name from "called for by"', async () => {
    expect(drafts(await parse('We propose the Kestrel Charter, which is called for by many civil society groups and was launched in 2022.'))).toEqual([['Kestrel Charter', 2022]]);
  });
});

describe('names introduced one a sentence after the letter announces the texts it proposes', () => {
  const paris = () => catalog.agreements.find((a) => /Paris Call/.test(a.name))!.id;
  const malabo = () => catalog.agreements.find((a) => a.aliases.includes('Malabo Convention'))!.id;
  const read = (m: ParsedMessage) => m.agreements.map((a) => [a.name, a.launchYear, a.catalogMatch?.agreementId ?? null]);

  it('drafts both texts of the Gmail letter, the catalog one matched to the catalog, each with the facts of its own paragraph', async () => {
    const m = await fixture('en-gmail-prose-announced-texts.eml');
    const commonwealth = catalog.agreements.find((a) => a.name === 'Commonwealth Cyber Declaration')!.id;
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.parties, a.maintainer, a.catalogMatch?.agreementId ?? null])).toEqual([
      ['Commonwealth Cyber Declaration', 2018, null, 'Commonwealth Secretariat', commonwealth],
      ['Pacific Islands Charter on Online Safety and Digital Rights (Suva Charter)', 2021, 'eleven Pacific Island governments', 'Pacific Islands Forum Secretariat, PICISOC and Internet NZ', null],
    ]);
    expect(m.mentions).toEqual([]);
  });

  it.each([
    ['We would like to bring two agreements to your attention. The first is the Kestrel Charter. The second is the Paris Call, which we signed in 2018.', []],
    [
      'There are three texts we think you should look at. The first is the Kestrel Charter. Another one is the Paris Call, launched in 2018. Finally, there is the Lagos Declaration on Cyber Hygiene.',
      [['Lagos Declaration on Cyber Hygiene', null, null]],
    ],
  ])('drafts the names the sentences after the announcement introduce, in %j', async (letter, more) => {
    const m = await parse(letter);
    expect(read(m)).toEqual([['Kestrel Charter', null, null], ['The Paris Call for Trust and Security in Cyberspace', 2018, paris()], ...more]);
    expect(m.mentions).toEqual([]);
  });

  it('reads the French and Spanish introductions ("Le premier est", "La seconde est", "El segundo es"), across paragraphs', async () => {
    const fr = await parse('Nous souhaitons vous signaler deux textes.\r\n\r\nLe premier est la Charte de Lomé.\r\n\r\nLa seconde est la Convention de Malabo, adoptée en 2014 par l\'Union africaine.');
    expect(read(fr)).toEqual([
      ['Charte de Lomé', null, null],
      ['African Union Convention on Cyber Security and Personal Data Protection', 2014, malabo()],
    ]);
    const es = await parse('Quisiéramos proponer dos textos para el estudio.\r\n\r\nEl primero es la Carta de Bamako.\r\n\r\nEl segundo es el Llamamiento de París, lanzado en 2018.');
    expect(read(es)).toEqual([
      ['Carta de Bamako', null, null],
      ['The Paris Call for Trust and Security in Cyberspace', 2018, paris()],
    ]);
  });

  it('keeps a catalog agreement a mention when no sentence announced a proposal, or the announcement is a question', async () => {
    for (const letter of [
      'Two agreements shape our work. The first is the Paris Call, which we signed in 2018.',
      'Should we suggest other texts? The first is the Paris Call, which we signed in 2018.',
      'We would like to suggest two texts. We signed the Paris Call in 2018.',
    ]) {
      const m = await parse(letter);
      expect([drafts(m), mentioned(m)]).toEqual([[], [paris()]]);
    }
  });
  it('takes no thanks for the chance to contribute for an announced list: a later "Also, the X ..." is a mention', async () => {
    const m = await parse('Thank you for the opportunity to contribute to this process.\r\n\r\nAlso, the Budapest Convention is widely ratified.');
    expect(drafts(m)).toEqual([]);
    expect(m.mentions).toHaveLength(1);
  });

  it('ends the announced list once it has given as many texts as it counted: a third "Another is" is a mention', async () => {
    const m = await parse('We would like to suggest two texts. The first is the Kestrel Charter. The second is the Lagos Declaration on Cyber Hygiene.\r\n\r\nAnother is the Paris Call, which we signed in 2018.');
    expect([drafts(m), mentioned(m)]).toEqual([[['Kestrel Charter', null], ['Lagos Declaration on Cyber Hygiene', null]], [paris()]]);
  });

  it.each([
    ['Proponemos el compromiso y la Carta Andina de Ciberseguridad.', 'Carta Andina de Ciberseguridad'],
    ['Nous proposons l\'engagement à la Charte de Kestrel.', 'Charte de Kestrel'],
  ])('reads "y" and "à" after a part\'s noun as no part number: %j drafts the text', async (letter, name) => {
    const m = await parse(letter);
    expect(m.agreements.map((a) => a.name)).toEqual([name]);
  });
  it('opens no agreement from the letterhead line "Dossier suivi par : Mme Dupont"', async () => {
    const m = await parse('Dossier suivi par : Mme Dupont\r\n\r\nNous vous remercions de votre appel à contributions.');
    expect(m.agreements.map((a) => [a.name, a.maintainer])).toEqual([]);
  });
});
