import { describe, expect, it } from 'vitest';
import { extractLinks, plainValue } from '../../../../src/intake/parse/extract-links.js';

describe('extractLinks', () => {
  it('reads angle-bracketed, markdown and bare links without trailing punctuation', () => {
    expect(extractLinks('- <https://a.org/x> and [list](https://b.org/y), also https://c.org/z.')).toEqual(['https://a.org/x', 'https://b.org/y', 'https://c.org/z']);
  });
});

describe('plainValue', () => {
  it('removes angle brackets and bullets and joins lines', () => {
    expect(plainValue(' - <https://a.org/x>\n - second')).toBe('https://a.org/x; second');
  });
});
