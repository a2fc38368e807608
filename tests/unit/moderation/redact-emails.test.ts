import { describe, expect, it } from 'vitest';
import { redactEmails } from '../../../src/core/moderation/redact-emails.js';

const GONE = '[e-mail address removed]';

describe('redactEmails', () => {
  it.each([
    ['a plain address', 'write to ada@example.test today', `write to ${GONE} today`],
    ['an internationalised address', 'Kontakt: jörg.müller@bücher.de', `Kontakt: ${GONE}`],
    ['a quoted local part', 'from "john doe"@example.com, thanks', `from ${GONE}, thanks`],
    ['an IPv4 address literal', 'user@[192.0.2.1] wrote', `${GONE} wrote`],
    ['an IPv6 address literal', 'ops@[IPv6:2001:db8::1]', GONE],
    ['an address in another script', 'почта: иван@пример.рф', `почта: ${GONE}`],
    ['an address in angle brackets', 'Ada <ada+bpf@mail.example.org>', `Ada <${GONE}>`],
  ])('blanks %s', (_what, input, expected) => {
    expect(redactEmails(input)).toBe(expected);
  });

  it('keeps the full stop that ends a sentence', () => {
    expect(redactEmails('Mail ada@example.test.')).toBe(`Mail ${GONE}.`);
  });

  it('leaves text without an address alone, mentions and prices included', () => {
    for (const text of ['Paris Call for Trust and Security in Cyberspace (2018)', '<@U012AB3CD> approve 4', 'norm 13(f) @ 5 states', 'https://pariscall.international/en/']) {
      expect(redactEmails(text)).toBe(text);
    }
  });

  it('blanks every address of a text, not only the first', () => {
    expect(redactEmails('a@x.example, b@y.example and c@z.example')).toBe(`${GONE}, ${GONE} and ${GONE}`);
  });

  it('scans a long run of letters without an @ in bounded work', () => {
    // the old unbounded pattern was quadratic here; this one finishes at once (no timing asserted: it just has to end)
    const text = 'a'.repeat(200_000) + ' ' + 'b.'.repeat(100_000);
    expect(redactEmails(text)).toBe(text);
  });
});
