import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults } from '../../../../src/intake/sender/parse-authentication-results.js';

const summary = (v: string) => parseAuthenticationResults(v)?.results.map((r) => `${r.method}=${r.result}`);

describe('parseAuthenticationResults', () => {
  it('reads "none" with a version (RFC 8601 B.2)', () => {
    expect(parseAuthenticationResults('example.org 1; none')).toEqual({ authservId: 'example.org', results: [] });
  });

  it('reads one SPF result with its property (B.3)', () => {
    expect(parseAuthenticationResults('example.com; spf=pass smtp.mailfrom=example.net')).toEqual({
      authservId: 'example.com',
      results: [{ method: 'spf', result: 'pass', reason: null, props: { 'smtp.mailfrom': 'example.net' } }],
    });
  });

  it('reads several results with comments between them (B.4, B.6)', () => {
    const v =
      'mail-router.example.net; dkim=pass (good signature) header.d=newyork.example.com header.b=oINEO8hg; dkim=fail (bad signature) header.d=newyork.example.com header.b=EToRSuvU';
    expect(summary(v)).toEqual(['dkim=pass', 'dkim=fail']);
    expect(parseAuthenticationResults(v)?.results[1]?.props['header.b']).toBe('EToRSuvU');
  });

  it('skips nested comments and escaped parentheses, and spaces around = and ;', () => {
    const v = 'mx.example.org (the (inner \\) one) server) ; spf = pass (sender ok) smtp.mailfrom = user@example.org ; dmarc=fail (p=reject) header.from=example.org';
    const parsed = parseAuthenticationResults(v);
    expect(parsed?.authservId).toBe('mx.example.org');
    expect(summary(v)).toEqual(['spf=pass', 'dmarc=fail']);
    expect(parsed?.results[0]?.props['smtp.mailfrom']).toBe('user@example.org');
  });

  it('reads a quoted local part in a property and a reason', () => {
    const parsed = parseAuthenticationResults('mx.example.org; spf=fail reason="not permitted" smtp.mailfrom="john doe"@example.org');
    expect(parsed?.results[0]).toEqual({ method: 'spf', result: 'fail', reason: 'not permitted', props: { 'smtp.mailfrom': 'john doe@example.org' } });
  });

  it("reads a real server's field with an unquoted base64 header.b and folded lines", () => {
    const v = [
      'mx.google.com;',
      '       dkim=pass header.i=@example.org header.s=s1 header.b=Ab/cd+ef=;',
      '       spf=pass (google.com: domain of a@example.org designates 192.0.2.1 as permitted sender) smtp.mailfrom=a@example.org;',
      '       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.org',
    ].join(' ');
    const parsed = parseAuthenticationResults(v);
    expect(summary(v)).toEqual(['dkim=pass', 'spf=pass', 'dmarc=pass']);
    expect(parsed?.results[0]?.props).toEqual({ 'header.i': '@example.org', 'header.s': 's1', 'header.b': 'Ab/cd+ef=' });
    expect(parsed?.results[2]?.props['header.from']).toBe('example.org');
  });

  it('reads a method version and lower-cases methods, results and properties', () => {
    expect(parseAuthenticationResults('mx.example.org; DKIM/1=PASS Header.D=Example.org')?.results[0]).toMatchObject({ method: 'dkim', result: 'pass', props: { 'header.d': 'Example.org' } });
  });

  it('reads a quoted authserv-id', () => {
    expect(parseAuthenticationResults('"mx.example.org"; spf=pass smtp.mailfrom=example.org')?.authservId).toBe('mx.example.org');
  });

  it.each([
    ['an unclosed comment', 'mx.example.org; spf=pass (oops smtp.mailfrom=example.org'],
    ['an unclosed quoted string', 'mx.example.org; spf=pass smtp.mailfrom="example.org'],
    ['a result without a method', 'mx.example.org; =pass'],
    ['a property without a value sign', 'mx.example.org; dkim=pass header.d example.org'],
    ['a word that is no property', 'mx.example.org; dmarc=pass really'],
    ['results without a semicolon', 'mx.example.org spf=pass'],
    ['an empty field', '   '],
  ])('refuses %s', (_what, value) => {
    expect(parseAuthenticationResults(value)).toBeNull();
  });

  it('refuses a field too long to be a server stamp', () => {
    expect(parseAuthenticationResults(`mx.example.org; ${'dkim=pass header.d=example.org; '.repeat(1000)}`)).toBeNull();
  });
});
