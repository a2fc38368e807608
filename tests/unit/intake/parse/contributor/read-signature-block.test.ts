import { describe, expect, it } from 'vitest';
import { findCountry, isClosing, readSignatureBlock } from '../../../../../src/intake/parse/contributor/read-signature-block.js';

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

  it('takes a short line ending with a comma above a name for a closing in any language', () => {
    const block = readSignatureBlock(["Fakafeta'i lahi,", 'Sione Taufa', 'Capacity Building Coordinator', 'Pacific Islands Telecommunications Association (PITA)', 'Suva, Fiji']);
    expect(block).toMatchObject({ name: 'Sione Taufa', affiliation: 'Pacific Islands Telecommunications Association (PITA)', country: 'Fiji' });
  });

  it('without a closing, anchors on the line that repeats the sender\'s name', () => {
    const lines = ['Custodian: SCO Secretariat, Beijing', 'Ananya Krishnan', 'Fellow, Technology & Security Programme', 'Centre for Digital Statecraft', 'New Delhi, India'];
    expect(readSignatureBlock(lines)).toBeNull();
    expect(readSignatureBlock(lines, 'Ananya Krishnan')).toMatchObject({ name: 'Ananya Krishnan', affiliation: 'Centre for Digital Statecraft', country: 'India' });
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

  it('does not take the sender\'s name in a sentence for a signature', () => {
    expect(readSignatureBlock(['Rizal Hakim here, writing for the team.', 'The list is not public.'], 'Rizal Hakim')).toBeNull();
  });
});
