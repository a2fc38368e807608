import { describe, expect, it } from 'vitest';
import { isSenderAuthenticated } from '../../../../src/intake/sender/is-sender-authenticated.js';

const ID = 'mx.bpf.example';
const ar = (...values: string[]) => values.map((value) => ({ name: 'authentication-results', value }));
const check = (fromDomain: string, ...values: string[]) => isSenderAuthenticated([{ name: 'from', value: `a@${fromDomain}` }, ...ar(...values)], ID, fromDomain);

describe('isSenderAuthenticated', () => {
  it('believes a DMARC pass for the From domain', () => {
    expect(check('example.org', `${ID}; dmarc=pass (p=reject) header.from=example.org`)).toBe(true);
  });

  it('refuses a DMARC fail even when SPF passed', () => {
    expect(check('example.org', `${ID}; spf=pass smtp.mailfrom=example.org; dmarc=fail header.from=example.org`)).toBe(false);
  });

  it('refuses a DMARC pass for another domain', () => {
    expect(check('example.org', `${ID}; dmarc=pass header.from=evil.example`)).toBe(false);
  });

  it('without DMARC, believes an SPF pass for the From domain', () => {
    expect(check('example.org', `${ID}; spf=pass smtp.mailfrom=bounce+x@example.org`)).toBe(true);
  });

  it('treats "dmarc=none" (no policy published) as no DMARC, and falls back to DKIM', () => {
    expect(check('example.org', `${ID}; dkim=pass header.d=example.org; dmarc=none header.from=example.org`)).toBe(true);
  });

  it('believes a DKIM pass from a subdomain of the From domain, not from its parent', () => {
    expect(check('example.org', `${ID}; dkim=pass header.d=mail.example.org`)).toBe(true);
    expect(check('victim.co.uk', `${ID}; dkim=pass header.d=co.uk`)).toBe(false);
  });

  it('reads the DKIM domain from header.i when header.d is missing', () => {
    expect(check('example.org', `${ID}; dkim=pass header.i=@example.org`)).toBe(true);
  });

  it('refuses SPF and DKIM passes for another domain', () => {
    expect(check('example.org', `${ID}; spf=pass smtp.mailfrom=evil.example; dkim=pass header.d=evil.example`)).toBe(false);
    expect(check('example.org', `${ID}; spf=pass smtp.mailfrom=notexample.org`)).toBe(false);
  });

  it('refuses results that are not passes', () => {
    expect(check('example.org', `${ID}; spf=softfail smtp.mailfrom=example.org; dkim=neutral header.d=example.org`)).toBe(false);
  });

  it('ignores the fields of any other server, even when they pass', () => {
    expect(check('example.org', 'mx.evil.example; dmarc=pass header.from=example.org; spf=pass smtp.mailfrom=example.org')).toBe(false);
  });

  it('combines several fields of our server: one from the SPF check, one from DKIM', () => {
    expect(check('example.org', `${ID}; spf=fail smtp.mailfrom=example.org`, `${ID} 1; dkim=pass header.d=example.org`)).toBe(true);
  });

  it('lets our own DMARC fail win over a forged pass with our authserv-id', () => {
    expect(check('example.org', `${ID}; dmarc=fail header.from=example.org`, `${ID}; dmarc=pass header.from=example.org`)).toBe(false);
  });

  it('refuses when a field of ours cannot be read', () => {
    expect(check('example.org', `${ID}; dkim=pass header.d=example.org`, `${ID}; spf=pass (unclosed comment`)).toBe(false);
  });

  it('matches the authserv-id without regard to case', () => {
    expect(check('example.org', 'MX.BPF.Example; dkim=pass header.d=example.org')).toBe(true);
  });

  it('compares an internationalised From domain with its punycode form', () => {
    expect(check('bücher.de', `${ID}; dkim=pass header.d=xn--bcher-kva.de`)).toBe(true);
  });

  it('refuses a message without any Authentication-Results', () => {
    expect(check('example.org')).toBe(false);
  });
});
