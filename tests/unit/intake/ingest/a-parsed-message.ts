import type { ContributedAgreement, ParsedMessage } from '../../../../src/core/contribution/parsed-message.js';

/** Test-data builders ("object mothers") for what the parser produces. */
export function anAgreement(overrides: Partial<ContributedAgreement> = {}): ContributedAgreement {
  return {
    name: 'Paris Call for Trust and Security in Cyberspace',
    launchYear: 2018,
    launchDate: 'November 2018',
    parties: 'States, companies and civil society',
    signatories: ['https://pariscall.international/en/supporters'],
    maintainer: 'French Ministry for Europe and Foreign Affairs',
    maintainerContact: null,
    ggeText: 'It includes norm 13f',
    ggeNorms: [{ id: '13f', name: 'Do not harm critical infrastructure', sentence: 'It includes norm 13f' }],
    normElements: [{ id: '2.1', name: 'Protect critical infrastructure', sentence: 'protect critical infrastructure' }],
    catalogMatch: { agreementId: 3, name: 'Paris Call for Trust and Security in Cyberspace', score: 0.97 },
    evidence: {
      name: { value: 'Paris Call', snippet: 'Name of the agreement: Paris Call', confidence: 1 },
      launchYear: { value: 2018, snippet: 'Date of launch: November 2018', confidence: 0.9 },
    },
    ...overrides,
  };
}

export function aParsedMessage(overrides: Partial<ParsedMessage> = {}): ParsedMessage {
  return {
    kind: 'contribution',
    kindReason: 'questionnaire answers',
    messageId: '<c-1@example.test>',
    subject: 'BPF Cybersecurity contribution',
    from: 'Ada Lovelace <ada@example.test>',
    date: '2020-10-07T16:00:00.000Z',
    contributor: { name: 'Ada Lovelace', affiliation: 'Analytical Engines Ltd', email: 'ada@example.test', country: 'UK', anonymous: false },
    answers: {},
    agreements: [anAgreement()],
    parts: ['text/plain'],
    warnings: [],
    ...overrides,
  };
}
