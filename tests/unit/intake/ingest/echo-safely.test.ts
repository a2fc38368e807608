import { describe, expect, it } from 'vitest';
import { echoSafely } from '../../../../src/intake/ingest/echo-safely.js';

describe('echoSafely', () => {
  it.each([
    ['a URL with a scheme', 'see https://evil.example/a?b=c now', 'see [link removed] now'],
    ['a bare domain with a path', 'visit evil.xyz/prize', 'visit [link removed]'],
    ['a www link', 'at www.evil-prize.com', 'at [link removed]'],
    ['an address', 'write ceo@evil.example', 'write [e-mail address removed]'],
    ['a mailto link', 'mailto:victim@example.org', '[e-mail address removed]'],
  ])('removes %s', (_what, input, expected) => {
    expect(echoSafely(input, 200)).toBe(expected);
  });

  it('keeps an agreement name as it is', () => {
    expect(echoSafely('Paris Call for Trust and Security in Cyberspace', 200)).toBe('Paris Call for Trust and Security in Cyberspace');
  });

  it('folds line breaks and cuts to the given length with an ellipsis', () => {
    expect(echoSafely('Agreement\r\nBcc: x\n'.repeat(20), 30)).toBe('Agreement Bcc: x Agreement Bc…');
  });
});
