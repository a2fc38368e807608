import { describe, expect, it } from 'vitest';
import { joinWrappedLabels, readLabel } from '../../../../../src/intake/parse/fields/read-label.js';

const kindOf = (line: string) => readLabel(line)?.kind ?? null;

describe('readLabel', () => {
  it.each([
    ['Q: Name of agreement', 'agreement.name'],
    ['Question: Date of launch', 'agreement.date'],
    ['Pregunta: ¿Qué organización mantiene el acuerdo?', 'agreement.maintainer'],
    ['P: Partes interesadas en el acuerdo', 'agreement.parties'],
  ])('reads the label after a question marker in %s', (line, kind) => {
    expect(readLabel(line)).toMatchObject({ kind, value: '' });
  });

  it.each(['A: Declaration for the Future of the Internet (DFI)', 'Answer: 28 April 2022', 'Réponse : Ministère de l’Europe', 'R: Secretaría Pro Tempore', 'A: Yes - human rights online, protection of critical infrastructure'])(
    'takes an answer-marked line for a value, never a label: %s',
    (line) => {
      expect(readLabel(line)).toBeNull();
    },
  );

  it('reads a question and its answer written on one line', () => {
    expect(readLabel('Q: Name of agreement A: Declaration for the Future of the Internet')).toMatchObject({ kind: 'agreement.name', value: 'Declaration for the Future of the Internet' });
  });

  it('does not take an intro paragraph that shares a few words with question 3 for its heading', () => {
    const intro = 'Halvorsen Cloud has been a signatory of the Tech Accord since its launch, and we joined the Paris Call in 2018. Please find our input on the agreement we know best below.';
    expect(readLabel(intro)).toBeNull();
  });

  it.each([
    ['Other agreements we know of', 'question.3'],
    ['Are you aware of any other cybersecurity agreements that describe specific norms in cyberspace?', 'question.3'],
    ['Is your organization a signatory to any of the agreements covered?', 'question.1'],
    ['About you', 'section.about'],
  ])('still reads the heading %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  it.each([
    'Is the Santo Domingo Declaration already part of your list?',
    'Can declarations adopted by ministers at a regional meeting count, even if nobody signs them?',
    '¿Está la Declaración de Santo Domingo ya en su lista de firmantes?',
  ])('reads no label in the sender\'s own question %j', (line) => {
    expect(readLabel(line)).toBeNull();
  });

  it.each([
    ['Who looks after it?', 'agreement.maintainer'],
    ['Where can the list of signatories be found?', 'agreement.signatories'],
  ])('still reads the informal question label %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  it.each([
    ['About me: Hamid Rahimi, analyst, Kabul', 'section.about'],
    ['À propos de moi :', 'section.about'],
    ['Sobre mí:', 'section.about'],
    ['Zu meiner Person:', 'section.about'],
    ['About the contributor', 'section.about'],
  ])('reads the sender\'s own "About you" heading %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  it.each(['Concernant nos priorités :', 'À propos de nos activités :', 'Sobre mi propuesta:', 'Acerca de mi experiencia con los CSIRT:'])(
    'reads no "About you" heading in "about" with the sender\'s possessive on another topic: %s',
    (line) => {
      expect(kindOf(line)).not.toBe('section.about');
    },
  );

  it.each(['Sobre nós:', 'Sobre mi organización:', 'Sobre mi persona', 'Sobre mí mismo:', 'Sobre mi trayectoria'])('still reads the sender\'s heading with a pronoun or a possessive of the sender: %s', (line) => {
    expect(kindOf(line)).toBe('section.about');
  });

  it.each([
    ["Who's in it: network operators, IXPs, CDN and cloud providers", 'agreement.parties'],
    ['Where to find the signatories: https://www.ecowas-digital.example/accra-declaration/signatories', 'agreement.signatories'],
    ['Liste des soutiens : https://pariscall.international/fr/supporters', 'agreement.signatories'],
    ['Lista de apoyos: https://example.org/apoyos', 'agreement.signatories'],
    ['List: https://eng.sectsco.org/documents/', 'agreement.signatories'],
    ['Participants list: https://www.manrs.org/netops/participants/', 'agreement.signatories'],
    ['Who is in charge of it? The Secretariat', 'agreement.maintainer'],
  ])('reads the informal label of %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  it.each(['Security Analyst, KENOG (Kenya Network Operators Group) - Kenya', 'Responsable des opérations, Groupe Numérique Sahel – Bamako, Mali'])(
    'reads no label in a signature\'s "title, organisation - place" line: %s',
    (line) => {
      expect(kindOf(line)).toBeNull();
    },
  );

  it('reads no label in "Mailing list:" or "Reading list:"', () => {
    expect(readLabel('Mailing list: bpf-cyber@example.org')).toBeNull();
    expect(readLabel('Reading list: three papers')).toBeNull();
  });

  it('reads a bracketed "(contact: address)" without the closing bracket in the value', () => {
    expect(readLabel('(contact: digital@ecowas-digital.example)')).toMatchObject({ kind: 'agreement.contact', value: 'digital@ecowas-digital.example' });
  });

  it.each([
    ['Titel der Initiative: Cyber-Sicherheitsstrategie für Deutschland', 'agreement.name', 'Cyber-Sicherheitsstrategie für Deutschland'],
    ['Datum der Einführung: 2011', 'agreement.date', '2011'],
    ['Jahr der Annahme: 2016', 'agreement.date', '2016'],
    ['Beteiligte: Bund, Länder, Betreiber', 'agreement.parties', 'Bund, Länder, Betreiber'],
    ['Wer hat unterzeichnet? Alle EU-Staaten', 'agreement.parties', 'Alle EU-Staaten'],
    ['Anzahl der Unterzeichner: 27', 'agreement.signatories', '27'],
    ['Verantwortliche Stelle: Bundesamt für Sicherheit in der Informationstechnik', 'agreement.maintainer', 'Bundesamt für Sicherheit in der Informationstechnik'],
    ['Nome da iniciativa: Estratégia Nacional de Segurança Cibernética', 'agreement.name', 'Estratégia Nacional de Segurança Cibernética'],
    ['Data de adoção: fevereiro de 2020', 'agreement.date', 'fevereiro de 2020'],
    ['Quem assinou? Governo Federal', 'agreement.parties', 'Governo Federal'],
    ['Onde encontrar os signatários: https://www.gov.br/gsi', 'agreement.signatories', 'https://www.gov.br/gsi'],
    ['Organização mantenedora: Gabinete de Segurança Institucional', 'agreement.maintainer', 'Gabinete de Segurança Institucional'],
    ['Entidade que mantém o acordo: CERT.br', 'agreement.maintainer', 'CERT.br'],
    ['Instituição: Universidade de Brasília', 'contributor.affiliation', 'Universidade de Brasília'],
    ['Land: Schweiz', 'contributor.country', 'Schweiz'],
  ])('reads the German or Portuguese label of %s', (line, kind, value) => {
    expect(readLabel(line)).toMatchObject({ kind, value });
  });

  it('does not read Portuguese "Data" into English "Data protection: yes" as a date', () => {
    expect(kindOf('Data protection: yes')).not.toBe('agreement.date');
  });

  it('keeps a dash inside the value: only label words make a longer label', () => {
    expect(readLabel('Name of agreement: ISO/IEC 27001 - Information security management')).toMatchObject({ kind: 'agreement.name', value: 'ISO/IEC 27001 - Information security management' });
  });

  it.each([
    ['Texte / soutiens : https://g5-cyber.example/declaration', 'agreement.signatories'],
    ['Signataires / membres : https://francophonie-cyber.example/charte', 'agreement.signatories'],
    ['Signatories / members: https://accord.example/list', 'agreement.signatories'],
    ['Texto / firmantes: https://acuerdo.example/firmantes', 'agreement.signatories'],
    ['text/list: https://cable-resilience.example/declaration', 'agreement.signatories'],
    ['Nom / intitulé : Charte francophone', 'agreement.name'],
  ])('reads the words a "/" joins as one label: %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  it.each([
    ['Adopted -> 9 November 2021, Mombasa', 'agreement.date', '9 November 2021, Mombasa'],
    ['Year => 2016', 'agreement.date', '2016'],
    ['Maintained by → ETSI Technical Committee CYBER', 'agreement.maintainer', 'ETSI Technical Committee CYBER'],
    ['Opened for signature -> 2 June 2023', 'agreement.date', '2 June 2023'],
    ['Signatories -> https://cables-ea.example/accord/signatories?lang=en&view=all', 'agreement.signatories', 'https://cables-ea.example/accord/signatories?lang=en&view=all'],
  ])('reads an arrow as the end of a label, and a "?" inside an address as part of the value: %s', (line, kind, value) => {
    expect(readLabel(line)).toMatchObject({ kind, value });
  });

  it.each([
    'Signatory list at https://example.org/list?id=2',
    // an address without its scheme, on a line that has one elsewhere, holds its "?" too
    'Signatory list at example.org/list?id=2 and https://example.org',
  ])('ends no label at a "?" inside an address: %s', (line) => {
    // "Signatory list at https://example.org/list" before the "?" would read as the signatories' label
    expect(readLabel(line)).toBeNull();
  });

  it.each([
    ['List of signatories: https://example.org/list?id=2', 'List of signatories', 'https://example.org/list?id=2'],
    ['Signatories:https://example.org/a?b=1', 'Signatories', 'https://example.org/a?b=1'],
    ['Contact: kim@example.org', 'Contact', 'kim@example.org'],
    ['When?: 2019', 'When', '2019'],
    ['Date?! 2019', 'Date', '2019'],
    ['Adopted:-> 2019', 'Adopted', '2019'],
    ['Maintained by\t-> ETSI', 'Maintained by', 'ETSI'],
  ])('ends the label at its own separator, next to an address or another separator: %j', (line, label, value) => {
    expect(readLabel(line)).toMatchObject({ label, value });
  });

  it.each([
    ['Re: Fecha de adopción: 2019', 'agreement.date', 'Re: Fecha de adopción', '2019'],
    ['Kestrel Charter - Date of launch: 2019', 'agreement.date', 'Kestrel Charter - Date of launch', '2019'],
    ['Intitulé de l’accord : Charte de Kestrel', 'agreement.name', 'Intitulé de l’accord', 'Charte de Kestrel'],
  ])('reads the words up to a later separator when those up to the first say the field less: %j', (line, kind, label, value) => {
    expect(readLabel(line)).toMatchObject({ kind, label, value });
  });

  it.each([
    ['- kept by: the Tonga Cable Authority', 'agreement.maintainer', 'kept by'],
    ['- looked after by: Pacific Islands Forum Secretariat', 'agreement.maintainer', 'looked after by'],
    ['• custodian: the Secretariat', 'agreement.maintainer', 'custodian'],
    ['- Tenu par : Direction de la Francophonie numérique', 'agreement.maintainer', 'Tenu par'],
    ['- since: 17 August 2022', 'agreement.date', 'since'],
  ])('reads the label after a bullet, without the bullet: %s', (line, kind, label) => {
    expect(readLabel(line)).toMatchObject({ kind, label });
  });

  it('reads "who" and "link" alone as labels only among the fields of an agreement', () => {
    expect(readLabel('- who: nine Pacific island states')).toMatchObject({ kind: 'agreement.parties', inAgreement: true, value: 'nine Pacific island states' });
    expect(readLabel('Link: https://eac-justice.example/kampala-protocol')).toMatchObject({ kind: 'agreement.signatories', inAgreement: true });
    expect(readLabel('Signatories: https://eac-justice.example/list')?.inAgreement).toBeUndefined();
  });

  it.each([
    'Who knows? Perhaps the next GGE will settle it.',
    'Who we are: a network of CERTs in the Andes',
    'Link to our annual report: https://ngo.example/report?year=2023',
    'Here is the link I promised -> https://ngo.example/notes',
    'The text was negotiated in 2019 => adopted by consensus',
    'It was kept by the secretariat for years.',
  ])('reads no label in the prose line %s', (line) => {
    expect(readLabel(line)).toBeNull();
  });

  it.each(['Dossier suivi par : Mme Dupont', 'Career path followed by: a policy officer'])('reads a letterhead\'s case officer or a career as no maintainer: %s', (line) => {
    expect(readLabel(line)?.kind ?? null).not.toBe('agreement.maintainer');
  });

  it.each([
    // an organisation's name holding a maintainer's word ("Operators", "Coordination"), before a colon or a dash
    'Submission from the Pacific Islands Internet Exchange Operators Forum: two texts our members follow.',
    'Routing Security Lead, PIXOF (Pacific Islands Internet Exchange Operators Forum) - Fiji',
    'Greetings from the Baltic Incident Coordination Centre - please find our answers below',
    // a sentence whose words are mostly not the field's, whatever their case
    'A note from the regional network operators community - two texts our members follow:',
    'Kestrel Charter on Responsible Data Sharing in the Region - 2020',
  ])('reads no maintainer label in the sentence or name before the separator of %s', (line) => {
    expect(readLabel(line)?.kind ?? null).not.toBe('agreement.maintainer');
  });

  it.each([
    ['Lead Agency: ENISA', 'ENISA'],
    ['Host Institution - University of Malta', 'University of Malta'],
    ['Responsible Organisation: Ministry of Digital Affairs', 'Ministry of Digital Affairs'],
    ['Organisation responsible for upkeep: OAS', 'OAS'],
    ['Secretariat: Global Forum on Cyber Expertise', 'Global Forum on Cyber Expertise'],
  ])('still reads a short maintainer label in title case or with an organisation word: %s', (line, value) => {
    expect(readLabel(line)).toMatchObject({ kind: 'agreement.maintainer', value });
  });

  it.each([
    ['Lead Implementing Agency: Andean Cyber Coordination Office', 'agreement.maintainer', 'Andean Cyber Coordination Office'],
    ['LEAD IMPLEMENTING AGENCY: Andean Cyber Coordination Office', 'agreement.maintainer', 'Andean Cyber Coordination Office'],
    ['Maintaining Organisation/Secretariat: Caribbean Cyber Office', 'agreement.maintainer', 'Caribbean Cyber Office'],
    ['Responsible Body Or Institution: Ministry of Digital Affairs', 'agreement.maintainer', 'Ministry of Digital Affairs'],
    ['Main Coordinating Agency: ENISA', 'agreement.maintainer', 'ENISA'],
    ['Member States, Observers: Peru, Bolivia, Ecuador', 'agreement.parties', 'Peru, Bolivia, Ecuador'],
  ])('reads a label of the field\'s own words in title or upper case, or opening with a role word of the field: %s', (line, kind, value) => {
    expect(readLabel(line)).toMatchObject({ kind, value });
  });

  it('takes a bold line standing alone for a title, not a label, when few of its words are a label\'s', () => {
    const title = 'Wellington Statement on Responsible Cyber Behaviour in the Pacific';
    expect(readLabel(title, title)).toBeNull();
    expect(readLabel('Name of agreement', 'Name of agreement')).toMatchObject({ kind: 'agreement.name', value: '' });
  });

  it('joins a label the mail program wrapped over two lines, and nothing else', () => {
    expect(joinWrappedLabels(['Which organization maintains the agreement? If possible, provide', 'contact information: OAS Secretariat'])).toEqual([
      'Which organization maintains the agreement? If possible, provide contact information: OAS Secretariat',
    ]);
    expect(joinWrappedLabels(['Stakeholders party to the', 'agreement:'])).toEqual(['Stakeholders party to the agreement:']);
    const separate = ['Name of agreement: Santiago Declaration', 'Date of launch: 2019'];
    expect(joinWrappedLabels(separate)).toEqual(separate);
    const signature = ['Amina Diallo', 'Country: Senegal'];
    expect(joinWrappedLabels(signature)).toEqual(signature);
  });
});
