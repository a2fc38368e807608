import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import type { ParsedMessage } from '../../../../../src/core/contribution/parsed-message.js';
import { parseEmail } from '../../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

const dir = path.resolve(import.meta.dirname, '../../../../fixtures/mail');
let catalog: CatalogSnapshot;
const parse = (name: string): Promise<ParsedMessage> => parseEmail(fs.readFileSync(path.join(dir, name)), { catalog, now: new Date('2026-01-01T00:00:00Z') });
/** The fixture's text/plain alternative alone, as a mail program sending text only would: the same fields in the text layout. */
const parseTextPart = (name: string): Promise<ParsedMessage> => {
  const raw = fs.readFileSync(path.join(dir, name), 'utf8').replace(/\r\n/g, '\n');
  const boundary = /boundary="([^"]+)"/.exec(raw)![1]!;
  const textOnly = raw.replace(new RegExp(`--${boundary}\nContent-Type: text/html[\\s\\S]*?(?=--${boundary}--)`), '');
  return parseEmail(Buffer.from(textOnly), { catalog, now: new Date('2026-01-01T00:00:00Z') });
};
const fieldsOf = (m: ParsedMessage) => m.agreements.map((a) => [a.name, a.launchYear, a.parties, a.signatories, a.maintainer]);

beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('questionnaire layouts', () => {
  it('reads "Q: label" / "A: value" pairs as the fields of one agreement', async () => {
    const m = await parse('qa-markers-next-line.eml');
    expect(m.agreements).toHaveLength(1);
    expect(m.agreements[0]).toMatchObject({
      name: 'Declaration for the Future of the Internet (DFI)',
      launchYear: 2022,
      parties: '60 governments at launch, led by the United States and the European Union',
      signatories: ['https://www.state.gov/declaration-for-the-future-of-the-internet'],
      maintainer: 'U.S. Department of State, Bureau of Cyberspace and Digital Policy',
    });
    expect(m.agreements[0]!.catalogMatch?.agreementId).toBe(38);
  });

  it('takes the line after a label awaiting its value as that value, even with a colon and a label word in it', async () => {
    const m = await parse('es-next-line-value-with-colon.eml');
    expect(m.agreements).toHaveLength(1);
    expect(m.agreements[0]).toMatchObject({
      name: 'Compromiso de Valparaíso sobre Ciberseguridad y Cooperación Regional',
      launchYear: 2019,
      maintainer: 'Secretaría Pro Tempore del Compromiso, Ministerio de Relaciones Exteriores de Chile',
      maintainerContact: 'spt@minrel-cl.example',
    });
  });

  it('reads informal markdown labels: "Who\'s in it" as parties, a participants list as the signatories, and no catalog match for a new charter', async () => {
    const m = await parse('markdown-informal-labels.eml');
    expect(m.agreements.map((a) => [a.name, a.parties, a.signatories, a.catalogMatch?.agreementId ?? null])).toEqual([
      ['Mutually Agreed Norms for Routing Security', 'network operators, IXPs, CDN and cloud providers', ['https://www.manrs.org/netops/participants/'], 36],
      ['Kestrel Charter on Responsible State Behaviour in Cyberspace', 'eleven small island developing states, plus two observers', ['https://kestrelcharter.example/press'], null],
    ]);
  });

  it('reads a German questionnaire in a latin-1 .txt attachment: German labels for every field, "Land" for the country, German norm words', async () => {
    const m = await parse('de-txt-attachment-latin1.eml');
    expect(m.contributor).toMatchObject({ name: 'Lukas Hoffmann', country: 'Österreich' });
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.parties, a.maintainer])).toEqual([
      ['Übereinkommen über Computerkriminalität (Budapester Konvention)', 2001, 'Mitgliedstaaten des Europarats und weitere Staaten', 'Europarat, Ausschuss T-CY'],
      ['Nordsee-Erklärung zur Sicherheit vernetzter Anlagen', 2022, 'Netzbetreiber der Nordseeanrainer', 'Netzverband Nord e. V.'],
    ]);
    expect(m.agreements[0]!.signatories).toEqual(['https://www.coe.int/de/web/conventions/full-list?module=signatures-by-treaty&treatynum=185']);
    // "Schutz kritischer Infrastrukturen, Integrität der Lieferkette, Meldung von Schwachstellen, Reaktion auf Vorfälle"
    expect(m.agreements[1]!.normElements.map((e) => e.id).sort()).toEqual(['2.1', '2.6', '3.1', '3.2']);
  });

  it('reads a Portuguese questionnaire: "Quem mantém o acordo?" is the maintainer and "direito à privacidade" the human-rights element, as English "right to privacy" is', async () => {
    const m = await parse('pt-questionnaire-portugal.eml');
    expect(m.contributor).toMatchObject({ name: 'Inês Carvalho', affiliation: 'Associação Lusa de Direitos Digitais', country: 'Portugal' });
    expect(m.agreements).toHaveLength(1);
    expect(m.agreements[0]).toMatchObject({
      name: 'Carta Portuguesa de Direitos Humanos na Era Digital',
      launchYear: 2021,
      parties: 'República Portuguesa',
      maintainer: 'Assembleia da República',
      signatories: ['https://diariodarepublica.example/lei/27-2021'],
    });
    // "direito à privacidade, cadeia de abastecimento segura e capacitação digital": privacy words in every language map as "privacy" does (1.1); data protection is 1.2
    expect(m.agreements[0]!.normElements.map((e) => e.id).sort()).toEqual(['1.1', '2.7', '3.1']);
  });

  it('reads a call label wrapped over two quoted lines of a reply as one label, with the answer under it as its value', async () => {
    const m = await parse('reply-wrapped-quoted-labels.eml');
    expect(m.agreements).toHaveLength(1);
    expect(m.agreements[0]).toMatchObject({
      name: "ASEAN Leaders' Statement on Cybersecurity Cooperation",
      launchYear: 2018,
      parties: 'ASEAN member states',
      maintainer: 'ASEAN Secretariat, Jakarta',
    });
    expect(m.contributor.name).toBe('Nguyen Thi Lan');
  });

  it('reads "Texte / soutiens" and "Signataires / membres" as the signatories, so each agreement keeps its link and maintainer (Outlook HTML and text)', async () => {
    for (const m of [await parse('fr-slash-labels-outlook.eml'), await parseTextPart('fr-slash-labels-outlook.eml')]) {
      expect(fieldsOf(m)).toEqual([
        [
          'Déclaration de Nouakchott sur la cybersécurité des États sahéliens',
          2022,
          'les cinq États membres du G5 Sahel',
          ['https://g5-cyber.example/declaration?lang=fr&version=2'],
          'Secrétariat permanent du G5 Sahel, cellule numérique',
        ],
        ['Charte francophone pour un cyberespace de confiance', 2020, "États et gouvernements de l'OIF, avec des opérateurs télécoms", ['https://francophonie-cyber.example/charte/signataires'], 'Direction de la Francophonie numérique'],
      ]);
    }
  });

  it('reads "Label -> value", "=>" and "→" as labelled fields, with a signatories address kept whole after its "?", and "Link:" as the signatories', async () => {
    const m = await parse('arrow-labels-reply.eml');
    expect(fieldsOf(m)).toEqual([
      [
        'Mombasa Accord on the Protection of Submarine Cables',
        2021,
        'six coastal states of East Africa and three cable operators',
        ['https://cables-ea.example/accord/signatories?lang=en&view=all'],
        'East African Cable Protection Committee (secretariat in Mombasa)',
      ],
      ['Kampala Protocol on Cross-Border Data Requests', 2023, 'ministries of justice of the East African Community', ['https://eac-justice.example/kampala-protocol'], 'EAC Sectoral Council on Legal and Judicial Affairs'],
    ]);
    // the sender's own "Link:" under "About you" is no agreement's
    expect(m.contributor).toMatchObject({ name: 'Wanjiru Kamau', affiliation: 'Kenya Internet Exchange Operators Forum', country: 'Kenya' });
  });

  it('names each agreement by its numbered title and reads the bulleted short labels under it ("who", "link", "text/list", "kept by", "looked after by"), in Gmail HTML and text', async () => {
    for (const m of [await parse('bulleted-sublabels-gmail.eml'), await parseTextPart('bulleted-sublabels-gmail.eml')]) {
      expect(fieldsOf(m)).toEqual([
        ['Wellington Statement on Responsible Cyber Behaviour in the Pacific', 2022, 'nine Pacific island states and New Zealand', ['https://pacific-cyber.example/wellington-statement'], 'Pacific Islands Forum Secretariat, Suva'],
        ["Nuku'alofa Declaration on Undersea Cable Resilience", 2023, 'Tonga, Fiji, Samoa and two regional cable consortia', ['https://cable-resilience.example/declaration?section=signatories'], 'the Tonga Cable Authority'],
      ]);
    }
  });
});
