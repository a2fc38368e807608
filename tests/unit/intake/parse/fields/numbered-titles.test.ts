import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../../src/core/catalog/catalog-snapshot.js';
import type { ParsedMessage } from '../../../../../src/core/contribution/parsed-message.js';
import { parseEmail } from '../../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../../helpers/load-catalog.js';

// Plain-text letters listing agreements under numbered titles standing alone on their line ("(1) Title",
// "I. Title", "a) Title"), each followed by short "- label: value" bullets, indented or not, between an
// intro and a signature that name the sender's organisation next to a dash or a colon.
let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const letter = (body: string[]): Promise<ParsedMessage> =>
  parseEmail(Buffer.from(`From: Tevita Fifita <tevita@pixof.example>\r\nTo: bpf@example.org\r\nSubject: Two texts for the BPF\r\nMessage-ID: <numbered-titles@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.join('\r\n')}\r\n`), {
    catalog,
    now: new Date('2026-01-01T00:00:00Z'),
  });
const summary = (m: ParsedMessage) => m.agreements.map((a) => [a.name, a.launchYear, a.parties, a.maintainer]);

const SIGN_OFF = ['', 'Kind regards,', 'Tevita Fifita', 'Routing Security Lead, PIXOF (Pacific Islands Internet Exchange Operators Forum) - Fiji'];

describe('parseEmail names agreements by their numbered titles', () => {
  it.each([
    // an intro naming the sender's forum before a colon, a lower-case intro before a dash: neither is a maintainer's label
    ['Submission from the Pacific Islands Internet Exchange Operators Forum: two texts our members follow.'],
    ['A note from the regional network operators community - two texts our members follow:'],
  ])('reads one agreement per title, each with its own maintainer, after the intro "%s"', async (intro) => {
    const m = await letter([
      'Dear BPF team,',
      '',
      intro,
      '',
      '(1) Mutually Agreed Norms for Routing Security',
      '    - adopted: 2014',
      '    - who takes part: network operators and IXPs',
      '    - maintained by: Internet Society',
      '',
      '(2) Pacific Peering Code of Conduct',
      '    - adopted: 2021',
      '    - who takes part: Pacific IXPs',
      '    - maintained by: Pacific Islands Internet Exchange Operators Forum',
      ...SIGN_OFF,
    ]);
    expect(summary(m)).toEqual([
      ['Mutually Agreed Norms for Routing Security', 2014, 'network operators and IXPs', 'Internet Society'],
      ['Pacific Peering Code of Conduct', 2021, 'Pacific IXPs', 'Pacific Islands Internet Exchange Operators Forum'],
    ]);
    expect(m.agreements[0]!.catalogMatch?.agreementId).toBe(36);
    expect(m.warnings.map((w) => w.code)).not.toContain('agreement-without-name');
  });

  it.each([
    ['I.', 'II.'],
    ['a)', 'b)'],
    ['1.', '2.'],
    ['1)', '2)'],
  ])('starts a new agreement at each title numbered "%s", "%s" over unindented bullets, even when the second fills no field of the first', async (first, second) => {
    const m = await letter([
      'Hello,',
      '',
      'Our two texts:',
      '',
      `${first} Kestrel Data Stewardship Pact`,
      '- adopted: 2020',
      '- maintained by: Kestrel Secretariat',
      '',
      `${second} Osprey Principles on Cable Repair`,
      '- who takes part: cable owners and repair ship operators',
      '- link: https://osprey.example/signatories',
      ...SIGN_OFF,
    ]);
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.parties, a.signatories, a.maintainer])).toEqual([
      ['Kestrel Data Stewardship Pact', 2020, null, [], 'Kestrel Secretariat'],
      ['Osprey Principles on Cable Repair', null, 'cable owners and repair ship operators', ['https://osprey.example/signatories'], null],
    ]);
  });

  it('keeps one agreement when a numbered list is a field\'s value, not a list of titles', async () => {
    const m = await letter([
      'Hello,',
      '',
      'Name of agreement: Osprey Principles on Cable Repair',
      'Date of launch: 2022',
      'Norms it covers:',
      '1. Protection of critical infrastructure',
      '2. Cooperation between CERTs',
      'Maintained by: Osprey Cable Forum',
      ...SIGN_OFF,
    ]);
    expect(m.agreements.map((a) => [a.name, a.launchYear, a.maintainer])).toEqual([['Osprey Principles on Cable Repair', 2022, 'Osprey Cable Forum']]);
  });

  it('keeps a field\'s numbered list inside its agreement when the agreements themselves have numbered titles', async () => {
    const m = await letter([
      'Hello,',
      '',
      '1. Kestrel Data Stewardship Pact',
      '- adopted: 2020',
      '- Norms it covers:',
      '1. Cooperation between CERTs',
      '2. Protection of critical infrastructure',
      '- maintained by: Kestrel Secretariat',
      '',
      '2. Osprey Principles on Cable Repair',
      '- adopted: 2021',
      '- who takes part: cable owners',
      ...SIGN_OFF,
    ]);
    expect(summary(m)).toEqual([
      ['Kestrel Data Stewardship Pact', 2020, null, 'Kestrel Secretariat'],
      ['Osprey Principles on Cable Repair', 2021, 'cable owners', null],
    ]);
    expect(m.agreements[0]!.ggeText).toContain('Protection of critical infrastructure');
  });

  it('reads the organisation in the signature line, not an agreement field', async () => {
    const m = await letter(['Hi,', '', '1. Pacific Peering Code of Conduct', '   - adopted: 2021', '   - maintained by: PIXOF', ...SIGN_OFF]);
    expect(m.agreements).toHaveLength(1);
    expect(m.agreements[0]!.maintainer).toBe('PIXOF');
    expect(m.contributor.country).toBe('Fiji');
  });
});
