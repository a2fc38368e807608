import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../../src/intake/parse/parse-questionnaire.js';

const names = (text: string) => parseQuestionnaire(text).agreements.map((a) => a['agreement.name']?.value ?? '');

describe('parseQuestionnaire', () => {
  it('starts a new agreement at each "Name of agreement"', () => {
    expect(names('Name of agreement: A\nDate of launch: 2001\n\nName of agreement: B\nDate of launch: 2002')).toEqual(['A', 'B']);
  });

  it('gives a name to a block whose other fields came first', () => {
    const q = parseQuestionnaire('Date of launch: 2001\nName of agreement: A');
    expect(q.agreements).toHaveLength(1);
    expect(q.agreements[0]!['agreement.date']?.value).toBe('2001');
  });

  it('reads a value written on the lines after its label', () => {
    const q = parseQuestionnaire('- Number or link to list of signatories:\n - <https://a.org>\n - <https://b.org>');
    expect(q.agreements[0]!['agreement.signatories']?.value).toBe('- <https://a.org>\n- <https://b.org>');
  });

  it('ends a field at a blank line followed by prose', () => {
    const q = parseQuestionnaire('Which organization maintains the agreement? ASEAN\n\nBest regards, Bart');
    expect(q.agreements[0]!['agreement.maintainer']?.value).toBe('ASEAN');
    expect(q.freeText).toEqual(['Best regards, Bart']);
  });

  it('files free text under the question it follows', () => {
    const q = parseQuestionnaire('1. Is your organization a signatory to any of the agreements covered?\nYes, the Paris Call.\n2. What projects and programs have you implemented?\nTraining.');
    expect(q.answers).toEqual({ '1': 'Yes, the Paris Call.', '2': 'Training.' });
  });

  it('keeps an answer written on the question line itself', () => {
    expect(parseQuestionnaire('4. Are there cybersecurity issues you believe should be addressed? Capacity building.').answers).toEqual({ '4': 'Capacity building.' });
  });

  it('reads the About you fields apart from the agreements', () => {
    const q = parseQuestionnaire('Name of agreement: A\nAbout you\nName: Jonas Berg\nCountry: Sweden');
    expect(q.contributor['contributor.name']?.value).toBe('Jonas Berg');
    expect(q.agreements).toHaveLength(1);
  });

  it('drops a block of empty labels', () => {
    expect(parseQuestionnaire('Name of agreement:\nDate of launch:\n').agreements).toEqual([]);
  });

  it('reads a numbered label as an answer, not as a question heading', () => {
    expect(names('3. Name of agreement: ASEAN agreements on cybersecurity')).toEqual(['ASEAN agreements on cybersecurity']);
  });

  it('joins a long label hard-wrapped by the mail client', () => {
    const q = parseQuestionnaire('Name of agreement: A\nWhich organization maintains the agreement? If possible, provide\ncontact information: Singapore Cybersecurity Agency');
    expect(q.agreements[0]!['agreement.maintainer']?.value).toBe('Singapore Cybersecurity Agency');
  });

  it("reads a contact e-mail in About you as the contributor's", () => {
    const q = parseQuestionnaire('Name of agreement: A\n\nAbout you\nName: Kim\nContact e-mail: kim@example.org');
    expect(q.contributor['contributor.email']?.value).toBe('kim@example.org');
    expect(q.agreements).toHaveLength(1);
  });

  it("reads an e-mail right after a maintainer as the maintainer's contact", () => {
    const q = parseQuestionnaire('Name of agreement: A\nMaintained by: ISOC\nE-mail: manrs@isoc.example');
    expect(q.agreements[0]!['agreement.contact']?.value).toBe('manrs@isoc.example');
    expect(q.contributor).toEqual({});
  });

  it('reads "Organisation" inside an agreement block as its maintainer', () => {
    const q = parseQuestionnaire('Name of agreement: A\nOrganisation: ASEAN\nDate of launch: 2018');
    expect(q.agreements).toHaveLength(1);
    expect(q.agreements[0]!['agreement.maintainer']?.value).toBe('ASEAN');
  });

  it('reads a bare "Name" followed by agreement fields as the agreement\'s name', () => {
    const q = parseQuestionnaire('Name: Christchurch Call\nDate: May 2019\n\nName: Jordan Blake\nCountry: Norway');
    expect(q.agreements.map((a) => a['agreement.name']?.value)).toEqual(['Christchurch Call']);
    expect(q.contributor['contributor.name']?.value).toBe('Jordan Blake');
  });
});

describe('parseQuestionnaire question prefixes', () => {
  it('files an answer under an explicit "Q1." whatever its words', () => {
    expect(parseQuestionnaire('Q1. We signed the Paris Call.').answers).toEqual({ '1': 'We signed the Paris Call.' });
  });
});
