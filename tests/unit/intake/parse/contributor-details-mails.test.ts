import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { parseEmail } from '../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

// Contribution letters whose sender gives the contributor's details in a sentence, a comma list or a
// signature line ("name, title, organisation, city, country"), or writes on someone else's behalf.
let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const letter = (from: string, body: string[]) =>
  parseEmail(Buffer.from(`From: ${from}\r\nTo: bpf@example.org\r\nSubject: BPF contribution\r\nMessage-ID: <details@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.join('\r\n')}\r\n`), {
    catalog,
    now: new Date('2026-01-01T00:00:00Z'),
  });
const agreement = ['Name of agreement: Kestrel Charter on Routing Hygiene', 'Date of launch: 2021', 'Which organization maintains the agreement? Kestrel Secretariat', ''];

describe('parseEmail reads the contributor from a comma list of their details', () => {
  it.each([
    // a sentence after the list ends it: the country is not "Sweden. Feel free ..."
    [
      'Tomas Lindqvist <t.lindqvist@gu.example>',
      ['Dear BPF,', '', ...agreement, 'About me: Dr Tomas Lindqvist, Senior Lecturer in Cyber Law, University of Gothenburg, Gothenburg, Sweden. Feel free to name me.', '', 'Tomas'],
      { affiliation: 'University of Gothenburg', country: 'Sweden' },
    ],
    // the whole list under an organisation label: the organisation, not the name, title, city and country with it
    [
      'Jonas Becker <becker@netzpolitik-nord.example>',
      ['Sehr geehrte Damen und Herren,', '', ...agreement, 'Organisation: Jonas Becker, Leiter der Abteilung Recht, Stiftung Netzpolitik Nord, Hamburg, Deutschland.', '', 'Mit freundlichen Grüßen', 'Jonas Becker'],
      { name: 'Jonas Becker', affiliation: 'Stiftung Netzpolitik Nord', country: 'Deutschland' },
    ],
    // title first, no name; the city before the country is no organisation
    [
      'Camille Roy <c.roy@obsnum.example>',
      ['Bonjour,', '', ...agreement, 'Affiliation : Chargée de recherche, Observatoire du numérique responsable, Montréal, Canada', '', 'Cordialement,', 'Camille Roy'],
      { name: 'Camille Roy', affiliation: 'Observatoire du numérique responsable', country: 'Canada' },
    ],
  ])('%s', async (from, body, want) => {
    const m = await letter(from, body);
    expect(m.contributor).toMatchObject({ ...want, anonymous: false });
    expect(m.agreements).toHaveLength(1);
  });

  it('reads one answer line under the quoted "About you" labels as name, organisation and country', async () => {
    const m = await letter('Lucía Fernández <lfernandez@uba.example>', [
      'Hola, respondo abajo.',
      '',
      '> - Name of agreement:',
      '',
      'Kestrel Charter on Routing Hygiene',
      '',
      '> - Date of launch:',
      '',
      'marzo de 2021',
      '',
      '> About you (should you be willing to share this information)',
      '> Name',
      '> Affiliation',
      '> E-mail (for contact only/will not be published)',
      '> Country',
      '',
      'Lucía Fernández Ortega, Centro de Estudios Digitales, UBA, Buenos Aires, Argentina',
      '',
      'Saludos',
      'Lucía',
    ]);
    expect(m.contributor).toMatchObject({ name: 'Lucía Fernández Ortega', affiliation: 'Centro de Estudios Digitales, UBA', country: 'Argentina' });
  });
});

describe('parseEmail reads no organisation from a name field\'s credentials or unknown parts', () => {
  it.each([
    // a degree after the name: the signature's university is the affiliation
    ['Name: Sione Tupou, LL.M.', 'Senior Lecturer, University of the South Pacific'],
    // a part no vocabulary knows: the signature's organisation outranks the guess
    ['Name: Sione Tupou, Tonga Digital Desk', 'Senior Lecturer, University of the South Pacific'],
  ])('%s', async (nameLine, signatureLine) => {
    const m = await letter('Sione Tupou <s.tupou@usp.example>', ['Hello,', '', ...agreement, nameLine, 'Country: Tonga', '', 'Sione Tupou', signatureLine, "Nuku'alofa, Tonga"]);
    expect(m.contributor).toMatchObject({ name: 'Sione Tupou', affiliation: 'University of the South Pacific', country: 'Tonga' });
  });
});

describe('parseEmail reads the organisation of a signature line that opens with a job title', () => {
  it.each([
    // an organisation with no organisation word after the title
    [['Lead Engineer, Fjordlys Kraft', 'Bergen, Norway'], { name: 'Siri Haugen', affiliation: 'Fjordlys Kraft', country: 'Norway' }],
    // a legal form written in capitals ("A/S"), the title on the same line
    [['Chief Risk Officer, Nordvik Data A/S', 'Aarhus, Denmark'], { name: 'Siri Haugen', affiliation: 'Nordvik Data A/S', country: 'Denmark' }],
    // "Programme Manager" is a title: its organisation word "programme" names the role's field
    [['Programme Manager, Accra Civic Data Lab', 'Accra, Ghana'], { name: 'Siri Haugen', affiliation: 'Accra Civic Data Lab', country: 'Ghana' }],
    // "title, organisation - country" on one line (no maintainer label), a person copied in below it
    [['Security Analyst, KENOG (Kenya Network Operators Group) - Kenya', 'Wanjiru Kamau (cc)'], { name: 'Siri Haugen', affiliation: 'KENOG (Kenya Network Operators Group)', country: 'Kenya' }],
    // an acronym and its city after a dash
    [['Cheffe du Service de veille', 'ANSI – Niamey, Niger'], { name: 'Siri Haugen', affiliation: 'ANSI', country: 'Niger' }],
  ])('%j', async (signature, want) => {
    const m = await letter('Siri Haugen <siri@example.org>', ['Dear BPF,', '', ...agreement, 'Best regards,', 'Siri Haugen', ...signature]);
    expect(m.contributor).toMatchObject(want);
    expect(m.agreements).toHaveLength(1);
  });

  it.each([
    [['First Secretary', 'Permanent Mission of Jamaica to the United Nations, New York'], 'Jamaica'],
    [['Conseiller', 'Ambassade du Sénégal à Berne'], 'Sénégal'],
    [['Ministerio de Relaciones Exteriores de la República del Paraguay'], 'Paraguay'],
  ])('reads the country a state body speaks for: %j', async (signature, country) => {
    const m = await letter('Siri Haugen <siri@example.org>', ['Dear BPF,', '', ...agreement, 'Best regards,', 'Siri Haugen', ...signature]);
    expect(m.contributor.country).toBe(country);
  });

  it('reads no country from an organisation that is no state body', async () => {
    const m = await letter('Siri Haugen <siri@example.org>', ['Dear BPF,', '', ...agreement, 'Best regards,', 'Siri Haugen', 'Research Fellow', 'University of Georgia Law School']);
    expect(m.contributor).toMatchObject({ affiliation: 'University of Georgia Law School', country: null });
  });
});

describe('parseEmail takes the person a letter is written for as the contributor', () => {
  it.each([
    [
      'Chidi Eze <c.eze@unn.example>',
      [
        'Dear colleagues,',
        '',
        'I am writing on behalf of Professor Adaeze Nwosu (Dean, Faculty of Law, University of Nigeria, Nsukka, Nigeria), who asked me to send the agreement below.',
        '',
        ...agreement,
        'Kind regards,',
        'Chidi Eze',
        'Personal Assistant to the Dean',
      ],
      // the title's field ("Faculty of Law" after "Dean") is no organisation part: the university is
      { name: 'Adaeze Nwosu', affiliation: 'University of Nigeria', country: 'Nigeria' },
    ],
    // the relation to the principal ("mon directeur") and the details after a comma
    [
      'Julie Marchand <j.marchand@cesn.example>',
      [
        'Madame, Monsieur,',
        '',
        "Je vous écris au nom de mon directeur, M. Olivier Lemaire, Directeur du Centre d'études stratégiques du numérique, Lyon, France. Il accepte d'être cité.",
        '',
        ...agreement,
        'Cordialement,',
        'Julie Marchand',
        'Assistante de direction',
      ],
      { name: 'Olivier Lemaire', affiliation: "Centre d'études stratégiques du numérique", country: 'France' },
    ],
    [
      'Pablo Núñez <pnunez@udelar.example>',
      [
        'Estimados miembros del BPF:',
        '',
        'Les escribo en nombre de la Dra. Valentina Ríos (Coordinadora, Observatorio de Ciberseguridad, Universidad de la República, Montevideo, Uruguay).',
        '',
        ...agreement,
        'Saludos cordiales,',
        'Pablo Núñez',
        'Asistente de investigación',
      ],
      { name: 'Valentina Ríos', affiliation: 'Observatorio de Ciberseguridad, Universidad de la República', country: 'Uruguay' },
    ],
  ])('%s', async (from, body, want) => {
    const m = await letter(from, body);
    expect(m.contributor).toMatchObject({ ...want, anonymous: false });
    expect(m.contributorEvidence?.name?.snippet).toContain(want.name);
  });

  it.each([
    'I am writing on behalf of the Faculty of Law.',
    'The charter was signed on behalf of Kestrel Accord members by their chair.',
    // an organisation's name, then the writer's own clause: no principal, no clause for an affiliation
    'On behalf of Open Net, I am glad to share the agreement below with the BPF.',
    'Les escribo en nombre de Kestrel Digital, Cámara Nacional de Comercio y otras entidades que respaldan la carta.',
    // several people, the writer among them: no single principal
    'I send this on behalf of Sarah Cohen, David Levy and myself.',
    'We write on behalf of Prof. Sarah Cohen and Dr David Levy, who reviewed the text.',
  ])('keeps the signatory when the letter speaks for no person: %j', async (sentence) => {
    const m = await letter('Chidi Eze <c.eze@unn.example>', ['Dear colleagues,', '', sentence, '', ...agreement, 'Kind regards,', 'Chidi Eze', 'Faculty of Law, University of Nigeria', 'Nsukka, Nigeria']);
    expect(m.contributor).toMatchObject({ name: 'Chidi Eze', affiliation: 'Faculty of Law, University of Nigeria', country: 'Nigeria' });
  });
});
