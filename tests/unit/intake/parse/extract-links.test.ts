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

  it('rewrites a value with every kind of markup at once, and leaves a plain one as it is', () => {
    expect(plainValue('  People\u2019s Forum \u2013 [the text](https://x.org/a)\n  * <www.y.org/b>\n\u2022 l\u2019Europe \u2019quoted\u2019  ')).toBe(
      "People's Forum \u2013 the text (https://x.org/a); www.y.org/b; l'Europe \u2019quoted\u2019",
    );
    expect(plainValue('  Kestrel   Charter ')).toBe('Kestrel Charter');
  });
});
