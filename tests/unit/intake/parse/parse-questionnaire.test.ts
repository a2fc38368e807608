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
});
