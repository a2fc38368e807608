import { describe, expect, it } from 'vitest';
import { findCountry, isCity, isClosing, isGreeting, readSignatureBlock } from '../../../../../src/intake/parse/contributor/read-signature-block.js';

describe('isGreeting', () => {
  it.each(['To the members of the BPF:', 'To all participants,', 'Aux membres du BPF :', "À l'attention des membres du Forum :", 'A los miembros del BPF:', 'A todos los participantes,', 'An die Mitglieder des BPF:', 'To whom it may concern,'])(
    'hears the salutation to a group %j',
    (line) => {
      expect(isGreeting(line)).toBe(true);
    },
  );

  it.each(['Members: 27 states', 'A members list: https://example.org/members', 'To date, 27 members have joined.', 'Participants: CERTs of the region', 'A la fecha: 2019', 'An all members meeting:'])('hears no salutation in %j', (line) => {
    expect(isGreeting(line)).toBe(false);
  });
});

describe('isClosing', () => {
  it.each([
    'Best regards,',
    'With kind regards',
    'Thank you',
    'Thanks again for your work,',
    'Cordialmente,',
    'Un cordial saludo',
    'Le saluda atentamente,',
    'Avec nos salutations distinguées,',
    'Bien à vous,',
    "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    "Je vous prie d'agréer, Madame, l'expression de ma haute considération.",
    'Regards, Ana Silva',
  ])('hears %j', (line) => {
    expect(isClosing(line)).toBe(true);
  });

  it.each([
    'Dear colleagues,',
    'Distinguished colleagues,',
    'Best practices,',
    'With regard to the norms,',
    'States agree to respect human rights online.',
    'Thanks, we would also add the Paris Call',
    'Madame, Monsieur,',
  ])('does not hear %j', (line) => {
    expect(isClosing(line)).toBe(false);
  });

  // a line is tokenised only when it has a word a closing needs: any case, accents, the phrase closings
  it.each(['BEST REGARDS,', 'AVEC NOS SALUTATIONS DISTINGUÉES', 'Take care,', 'All the best', 'Hasta pronto', 'Regards, Ana Silva', '-- Cheers,'])('hears %j', (line) => {
    expect(isClosing(line)).toBe(true);
  });
});

describe('isCity', () => {
  // plain words are looked up in compromise's city names before compromise reads them
  it.each(['Lahore', 'Kuala Lumpur', 'Salt Lake City', '  Oslo ', 'São Paulo', 'Port-au-Prince', 'Lahore.', '(Oslo)', 'Kuala Lumpur;', '"Abu Dhabi"'])('hears the city %j', (piece) => {
    expect(isCity(piece)).toBe(true);
  });

  it.each(['Head of Public Policy', 'Halvorsen Cloud ASA', 'Oslo Policy', 'Lahore Lahore Office', 'Paris, France', 'Policy Centre (Oslo)', 'Oslo Policy.', 'Lagos (Nigeria)'])('hears no city in %j', (piece) => {
    expect(isCity(piece)).toBe(false);
  });
});

describe('findCountry', () => {
  it.each([
    ['Port of Spain, Trinidad and Tobago', 'Trinidad and Tobago'],
    ['Trinidad & Tobago', 'Trinidad & Tobago'],
    ['Washington, DC, USA', 'USA'],
    ['London, UK', 'UK'],
    ['Dubai, UAE', 'UAE'],
    ['New York, U.S.A.', 'U.S.A.'],
    ['Kingstown, Saint Vincent and the Grenadines', 'Saint Vincent and the Grenadines'],
    ['Rabat, Maroc', 'Maroc'],
    ['Kinshasa, RDC', 'RDC'],
  ])('reads %j as %j', (line, country) => {
    expect(findCountry(line)).toBe(country);
  });

  it.each(['Contact us', 'Sacramento, CA', 'Open Networks Alliance', 'Policy Officer, Cyber Programme'])('finds no country in %j', (line) => {
    expect(findCountry(line)).toBeNull();
  });
});

describe('readSignatureBlock', () => {
  it('reads the organisation of a "Title | Organisation" line and never a disclaimer', () => {
    const block = readSignatureBlock([
      'Best regards,',
      'Ingrid Solberg',
      'Head of Public Policy | Halvorsen Cloud ASA',
      'Oslo, Norway',
      'This e-mail may contain confidential information. If you are not the intended recipient, please delete it.',
    ]);
    expect(block).toMatchObject({ name: 'Ingrid Solberg', affiliation: 'Halvorsen Cloud ASA', country: 'Norway' });
  });

  it('skips a role line that names a programme and reads the organisation below it', () => {
    const block = readSignatureBlock(['Best regards,', 'Marisa Baptiste', 'Policy Officer, Cyber Programme', 'CARICOM IMPACS', 'Port of Spain, Trinidad and Tobago']);
    expect(block).toMatchObject({ name: 'Marisa Baptiste', affiliation: 'CARICOM IMPACS', country: 'Trinidad and Tobago' });
  });

  it('reads the organisation that follows a role on its line', () => {
    const block = readSignatureBlock(['Kind regards,', 'Jane Doe', 'Senior Fellow, Australian Strategic Policy Institute', 'Canberra, Australia']);
    expect(block).toMatchObject({ affiliation: 'Australian Strategic Policy Institute', country: 'Australia' });
  });

  it('prefers the institution to a faculty or a place', () => {
    const block = readSignatureBlock([
      "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
      'Pr Éloïse Houngbédji',
      'Faculté de Droit et de Science Politique',
      "Université d'Abomey-Calavi",
      'Cotonou, Bénin',
    ]);
    expect(block).toMatchObject({ name: 'Pr Éloïse Houngbédji', affiliation: "Université d'Abomey-Calavi", country: 'Bénin' });
  });

  it('never reads the person\'s own name or a city alone as the organisation', () => {
    const lines = ['Ioana Popescu', 'Ioana Popescu · Carpathian Compliance Services', 'Bucharest'];
    expect(readSignatureBlock(lines, 'Ioana Popescu')?.affiliation).toBe('Carpathian Compliance Services');
    expect(readSignatureBlock(['Best regards,', 'Ravi Menon', 'Policy Fellow', 'Mumbai'])?.affiliation).toBeNull();
  });

  it('reads an independent role as the affiliation only when no organisation is named', () => {
    expect(readSignatureBlock(['Kind regards,', 'Tomas Novak', 'Independent researcher', 'Brno, Czechia'])).toMatchObject({ affiliation: 'Independent researcher', country: 'Czechia' });
    expect(readSignatureBlock(['Kind regards,', 'Tomas Novak', 'Independent researcher', 'Masaryk University', 'Brno, Czechia'])?.affiliation).toBe('Masaryk University');
  });

  it('takes a short line ending with a comma above a name for a closing in any language', () => {
    const block = readSignatureBlock(["Fakafeta'i lahi,", 'Sione Taufa', 'Capacity Building Coordinator', 'Pacific Islands Telecommunications Association (PITA)', 'Suva, Fiji']);
    expect(block).toMatchObject({ name: 'Sione Taufa', affiliation: 'Pacific Islands Telecommunications Association (PITA)', country: 'Fiji' });
  });

  it('without a closing, anchors on the line that repeats the sender\'s name', () => {
    const lines = ['Custodian: SCO Secretariat, Beijing', 'Ananya Krishnan', 'Fellow, Technology & Security Programme', 'Centre for Digital Statecraft', 'New Delhi, India'];
    expect(readSignatureBlock(lines)).toBeNull();
    expect(readSignatureBlock(lines, 'Ananya Krishnan')).toMatchObject({ name: 'Ananya Krishnan', affiliation: 'Centre for Digital Statecraft', country: 'India' });
  });

  // a line is tokenised for the sender's words only when an ASCII line holds one of them as written, in any case
  it('anchors on the sender\'s name written with or without accents, in any case', () => {
    const below = ['Universidad de Chile', 'Santiago, Chile'];
    expect(readSignatureBlock(['Full details when I am back.', 'José Muñoz', ...below], 'Jose Munoz')).toMatchObject({ name: 'José Muñoz', affiliation: 'Universidad de Chile', country: 'Chile' });
    expect(readSignatureBlock(['Full details when I am back.', 'Jose MUNOZ', ...below], 'José Muñoz')).toMatchObject({ name: 'Jose MUNOZ', affiliation: 'Universidad de Chile', country: 'Chile' });
  });

  it('keeps the signature\'s spelling of a "Last, First" sender and stops at a confidentiality notice', () => {
    const block = readSignatureBlock(
      ['Marcus J. Whitfield', 'Senior Policy Counsel', 'Open Networks Alliance', 'Washington, DC, USA', 'CONFIDENTIALITY NOTICE: This message is for the sole use of the intended recipient(s). The Alliance is a signatory of the Paris Call.'],
      'Whitfield, Marcus J.',
    );
    expect(block).toMatchObject({ name: 'Marcus J. Whitfield', affiliation: 'Open Networks Alliance', country: 'USA' });
  });

  it('names a sender who signs with a first name by the full name, and reads no affiliation from "Sent from my iPhone"', () => {
    expect(readSignatureBlock(['Full details when I am back.', 'Ana', 'Instituto Brasileiro de Direitos Digitais', 'Sent from my iPhone'], 'Ana Lúcia Ferreira')).toMatchObject({
      name: 'Ana Lúcia Ferreira',
      affiliation: 'Instituto Brasileiro de Direitos Digitais',
      country: null,
    });
    expect(readSignatureBlock(['Full details when I am back.', 'Ana', 'Sent from my iPhone'], 'Ana Lúcia Ferreira')).toMatchObject({ affiliation: null });
  });

  it.each([
    [
      'a German role line above the federal office',
      ['Mit freundlichen Grüßen,', 'Katharina Vogel', 'Referentin, Abteilung Cybersicherheitspolitik', 'Bundesamt für Digitale Resilienz', 'Bonn, Deutschland'],
      { name: 'Katharina Vogel', affiliation: 'Bundesamt für Digitale Resilienz', country: 'Deutschland' },
    ],
    [
      'a Spanish job title naming a network above the company and its city',
      ['Un cordial saludo,', 'Lucía Paredes Quispe', 'Jefa de Operaciones de Red', 'Banco Interandino S.A. - Cusco, Perú'],
      { name: 'Lucía Paredes Quispe', affiliation: 'Banco Interandino S.A.', country: 'Perú' },
    ],
    [
      'a French job title naming a committee above the parliament',
      ['Cordialement,', 'Thomas Lefèvre', 'Administrateur, commission du développement durable', 'Parlement de Wallonie', 'Namur, Belgique'],
      { name: 'Thomas Lefèvre', affiliation: 'Parlement de Wallonie', country: 'Belgique' },
    ],
    [
      'a Portuguese role at a university',
      ['Atenciosamente,', 'Beatriz Sousa Lima', 'Pesquisadora na Universidade Federal do Cerrado', 'Goiânia, Brasil'],
      { name: 'Beatriz Sousa Lima', affiliation: 'Universidade Federal do Cerrado', country: 'Brasil' },
    ],
    [
      'a Spanish role at a university, the article dropped',
      ['Saludos,', 'Valentina Rojas Araya', 'Investigadora en la Universidad Austral del Sur', 'Valdivia, Chile'],
      { name: 'Valentina Rojas Araya', affiliation: 'Universidad Austral del Sur', country: 'Chile' },
    ],
    [
      'a role and an organisation on one line',
      ['Best regards,', 'Rui Matos', 'Head of Cyber Diplomacy, Lusitano Institute for Digital Affairs', 'Lisboa, Portugal'],
      { name: 'Rui Matos', affiliation: 'Lusitano Institute for Digital Affairs', country: 'Portugal' },
    ],
    [
      'an ambassador with no organisation',
      ['Yours sincerely,', 'Olufemi Adeyemi', 'Ambassador (retired)'],
      { name: 'Olufemi Adeyemi', affiliation: null, country: null },
    ],
  ])('reads the organisation, not the job title: %s', (_, lines, want) => {
    expect(readSignatureBlock(lines)).toMatchObject(want);
  });

  it.each([
    [
      'a street address with a postcode',
      ['Kind regards,', 'Tereza Horáková', 'Threat Analyst | Vltava Energy Grid a.s.', 'Náměstí Míru 5, 120 00 Praha 2, Czechia', 'Tel. +420 221 555 010'],
      { affiliation: 'Vltava Energy Grid a.s.', country: 'Czechia' },
    ],
    ['the closing', ['Best wishes from Tartu, Estonia,', 'Mart Tamm', 'Professor emeritus'], { name: 'Mart Tamm', affiliation: null, country: 'Estonia' }],
    ['the name line', ['Regards,', 'Aroha Ngata, New Zealand', 'Sent from my phone'], { name: 'Aroha Ngata', country: 'New Zealand' }],
  ])('reads the country from %s', (_, lines, want) => {
    expect(readSignatureBlock(lines)).toMatchObject(want);
  });

  it("reads the country from the sender's name line with no closing", () => {
    expect(readSignatureBlock(['sorry its short, typing on the bus', 'Aroha Ngata, New Zealand', 'Sent from my phone'], 'Aroha Ngata')).toMatchObject({
      name: 'Aroha Ngata',
      country: 'New Zealand',
    });
  });

  it('does not take the sender\'s name in a sentence for a signature', () => {
    expect(readSignatureBlock(['Rizal Hakim here, writing for the team.', 'The list is not public.'], 'Rizal Hakim')).toBeNull();
  });
});
