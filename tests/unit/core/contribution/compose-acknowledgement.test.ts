import { describe, expect, it } from 'vitest';
import { buildDrafts } from '../../../../src/core/contribution/build-drafts.js';
import { composeAcknowledgement } from '../../../../src/core/contribution/compose-acknowledgement.js';
import type { ParsedMessage } from '../../../../src/core/contribution/parsed-message.js';
import { echoSafely } from '../../../../src/intake/ingest/echo-safely.js';
import { aParsedMessage, anAgreement } from '../../intake/ingest/a-parsed-message.js';

function ack(parsed: ParsedMessage) {
  const drafts = buildDrafts(parsed).map((d, i) => ({ id: 40 + i, fields: d.fields, catalogMatch: d.catalogMatch }));
  return composeAcknowledgement({ parsed, contributionId: 7, drafts, echo: echoSafely });
}

describe('composeAcknowledgement', () => {
  it('lists each agreement with its fields and catalog match', () => {
    const { body } = ack(aParsedMessage());
    expect(body).toContain('1. Paris Call for Trust and Security in Cyberspace  (draft #40)');
    expect(body).toContain('looks like: Paris Call for Trust and Security in Cyberspace');
    expect(body).toContain('launched: 2018');
    expect(body).toContain('UN GGE norms: 13f');
  });

  it('says an agreement is new when nothing in the catalog matches', () => {
    expect(ack(aParsedMessage({ agreements: [anAgreement({ catalogMatch: null })] })).body).toContain('not in the catalog yet');
  });

  it('names the drafts created and how to correct them', () => {
    const { body } = ack(aParsedMessage({ agreements: [anAgreement(), anAgreement({ name: 'Tech Accord' })] }));
    expect(body).toContain('Drafts created: 2 (#40, #41)');
    expect(body).toContain('reply to this mail');
  });

  it('marks itself auto-replied and threads under the contribution', () => {
    const { headers, subject } = ack(aParsedMessage({ messageId: 'c-1@example.test' }));
    expect(headers['Auto-Submitted']).toBe('auto-replied');
    expect(headers['In-Reply-To']).toBe('<c-1@example.test>');
    expect(headers['References']).toBe('<c-1@example.test>');
    expect(subject).toBe('Re: BPF Cybersecurity contribution');
  });

  it('says so when no agreement was found', () => {
    expect(ack(aParsedMessage({ agreements: [] })).body).toContain('no draft was created');
  });

  it('never greets an anonymous contributor by name', () => {
    const parsed = aParsedMessage({ contributor: { name: 'Ada Lovelace', affiliation: null, email: 'ada@example.test', country: null, anonymous: true } });
    const { body } = ack(parsed);
    expect(body).not.toContain('Ada');
    expect(body).toContain('remain anonymous');
  });

  it('echoes no link or address from the mail, in the body or the subject', () => {
    const parsed = aParsedMessage({
      subject: 'Contribution, see https://evil.example/claim and win',
      agreements: [
        anAgreement({
          name: 'Visit evil.xyz/prize now',
          parties: 'states (www.evil-prize.com/x)',
          signatories: ['https://pariscall.international/en/supporters', 'mailto:victim@example.org', 'ceo@evil.example'],
          maintainer: 'see <http://evil.example/m>',
        }),
      ],
      warnings: [{ code: 'unreadable-attachment', message: 'attachment "http://evil.example/x.pdf" could not be read' }],
    });
    const { body, subject } = ack(parsed);
    expect(`${subject}\n${body}`).not.toMatch(/evil|pariscall|victim|ceo@|https?:|www\./);
    expect(body).toContain('[link removed]');
    expect(subject).toBe('Re: Contribution, see [link removed] and win');
  });

  it('cuts echoed names short and lists at most five signatories', () => {
    const long = 'Agreement '.repeat(30).trim();
    const parsed = aParsedMessage({
      contributor: { name: 'Dr '.repeat(40), affiliation: null, email: null, country: null, anonymous: false },
      agreements: [anAgreement({ name: long, signatories: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] })],
    });
    const { body } = ack(parsed);
    const first = body.split('\n').find((l) => l.startsWith('1. '))!;
    expect(first.length).toBeLessThan(110);
    expect(first).toContain('…');
    expect(body.split('\n')[0]!.length).toBeLessThanOrEqual(46);
    expect(body).toContain('signatories: A; B; C; D; E and 2 more');
  });
});
