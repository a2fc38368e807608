import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { parseEmail } from '../../../../src/intake/parse/parse-email.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});
const parse = (body: string) =>
  parseEmail(Buffer.from(`From: Ana Ruiz <ana@example.org>\r\nTo: bpf@example.org\r\nSubject: BPF contribution\r\nMessage-ID: <e@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`), { catalog, now: new Date('2026-12-01T00:00:00Z') });
const paris = () => catalog.agreements.find((a) => /Paris Call/.test(a.name))!;
const techAccord = () => catalog.agreements.find((a) => /Tech Accord/i.test(a.name))!;

describe('the sender\'s own endorsement answered under a short label', () => {
  // the same answer under the labels and numberings people use for the call's first question
  const endorsements: Array<[string, () => { id: number }]> = [
    ['(1) Signatory? Yes - our agency joined the Paris Call in 2019.', paris],
    ['Q1. Endorsed? Yes, we endorsed the Paris Call for Trust and Security in Cyberspace.', paris],
    ['1) Signatory: our company signed the Cybersecurity Tech Accord in 2018', techAccord],
    ['a. Signatories? Yes: the Tech Accord, since 2019.', techAccord],
    ['- Signed by: our ministry, under the Paris Call', paris],
  ];
  for (const [line, agreement] of endorsements) {
    it(`"${line}" is an endorsement of that catalog agreement, not a nameless draft`, async () => {
      const m = await parse(`Hello,\n\n${line}\n\nKind regards,\nAna`);
      expect(m.agreements).toEqual([]);
      expect(m.mentions?.map((x) => x.agreementId)).toEqual([agreement().id]);
      expect(m.answers['1']).toContain(line.includes('Paris') ? 'Paris Call' : 'Tech Accord');
      expect(m.warnings.map((w) => w.code)).not.toContain('agreement-without-name');
    });
  }

  it('a bare "Signatory? No." is no draft either', async () => {
    const m = await parse('Hello,\n\n(1) Signatory? No.\n\n(3) Other agreements:\nTitle: Nordic Cyber Pledge\nAdopted: 2021\n\nAna');
    expect(m.agreements.map((a) => a.name)).toEqual(['Nordic Cyber Pledge']);
  });

  it('keeps a nameless block with agreement facts as a draft for a moderator to name', async () => {
    const m = await parse('Hello,\n\nDate of launch: 2020\nSignatories: 42 states, list at https://example.org/list\nMaintained by: the Secretariat\n\nAna');
    expect(m.agreements).toHaveLength(1);
    expect(m.agreements[0]).toMatchObject({ name: '', launchYear: 2020, maintainer: 'the Secretariat' });
  });

  it('keeps a named agreement\'s signatories that name a catalog agreement', async () => {
    const m = await parse('Name of agreement: Nordic Cyber Pledge\nDate of launch: 2021\nSignatories: the members of the Paris Call\n');
    expect(m.agreements.map((a) => [a.name, a.signatories])).toEqual([['Nordic Cyber Pledge', ['the members of the Paris Call']]]);
  });
});
