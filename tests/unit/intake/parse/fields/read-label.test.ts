import { describe, expect, it } from 'vitest';
import { readLabel } from '../../../../../src/intake/parse/fields/read-label.js';

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

  it('reads no label in "Mailing list:" or "Reading list:"', () => {
    expect(readLabel('Mailing list: bpf-cyber@example.org')).toBeNull();
    expect(readLabel('Reading list: three papers')).toBeNull();
  });

  it('reads a bracketed "(contact: address)" without the closing bracket in the value', () => {
    expect(readLabel('(contact: digital@ecowas-digital.example)')).toMatchObject({ kind: 'agreement.contact', value: 'digital@ecowas-digital.example' });
  });
});
