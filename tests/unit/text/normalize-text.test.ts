import { describe, expect, it } from 'vitest';
import { countNormalWords, normalizeText, prefixNormalizer, tokenize } from '../../../src/core/text/normalize-text.js';

describe('normalizeText', () => {
  it('lower-cases plain ASCII and turns each run of punctuation into one space', () => {
    expect(normalizeText("  The UN-GGE's 2015 report / 13(f)... ")).toBe('the un gge s 2015 report 13 f');
  });

  it('strips accents and folds compatibility characters', () => {
    expect(normalizeText('Déclaration de l’Élysée ﬁnale')).toBe('declaration de l elysee finale');
  });

  it('treats non-breaking and other Unicode spaces as spaces', () => {
    expect(normalizeText('Paris\u00a0Call\u2003for\tTrust')).toBe('paris call for trust');
  });

  it('yields no tokens for text without letters or digits', () => {
    expect(tokenize(' ‘’ -- … ')).toEqual([]);
  });

  it('reads any ASCII text as lower-case letters and digits split by single spaces, like the regular-expression definition', () => {
    // the ASCII path is a hand loop: every printable character, control characters and runs of separators
    const alphabet = [...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)), '  ', ' -- ', '\r\n'];
    let seed = 7;
    // an LCG in 32-bit integer arithmetic (exact, unlike products past 2 ** 53), read from its high bits
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16);
    for (let n = 0; n < 2_000; n++) {
      const text = Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join('');
      expect(normalizeText(text)).toBe(text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
    }
  });

  it('gives the same words for a text read again, and for a long text', () => {
    const line = 'Which Organization MAINTAINS the agreement?';
    expect([normalizeText(line), normalizeText(`${line}`)]).toEqual(['which organization maintains the agreement', 'which organization maintains the agreement']);
    expect(normalizeText(`${'Paris Call, '.repeat(10_000)}end`)).toBe(`${'paris call '.repeat(10_000)}end`);
    expect(normalizeText('Then a SHORT one.')).toBe('then a short one');
  });

  it('reads every prefix of a line as normalizeText would read it alone', () => {
    // a label reader scores the words before each separator of a line: "Year adopted: 2019 - by ministers"
    const alphabet = [...'aZ9 :?-_*\t.(', 'é', 'Ü', '\u00a0', '’', 'ﬁ'];
    let seed = 11;
    // an LCG in 32-bit integer arithmetic (exact, unlike products past 2 ** 53), read from its high bits
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: next() % 30 }, () => alphabet[next() % (n % 2 === 0 ? 13 : alphabet.length)]).join('');
      const prefix = prefixNormalizer(text);
      for (let end = 0; end <= text.length; end++) expect(prefix(end)).toBe(normalizeText(text.slice(0, end)));
    }
    const label = prefixNormalizer('Year ADOPTED: 2019 - by the ministers');
    expect([label(12), label(18), label(37)]).toEqual(['year adopted', 'year adopted 2019', 'year adopted 2019 by the ministers']);
  });

  it('counts the words normalizeText makes of a text without making them', () => {
    expect([countNormalWords("l'Appel"), countNormalWords('UN-GGE'), countNormalWords('(2015)'), countNormalWords('--'), countNormalWords('Élysée’s')]).toEqual([2, 2, 1, 0, 2]);
    const alphabet = [...'aZ9 :?-_*\t.(', 'é', 'Ü', '\u00a0', '’', 'ﬁ'];
    let seed = 5;
    // an LCG in 32-bit integer arithmetic (exact, unlike products past 2 ** 53), read from its high bits
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16);
    for (let n = 0; n < 1_000; n++) {
      const text = Array.from({ length: next() % 20 }, () => alphabet[next() % alphabet.length]).join('');
      expect(countNormalWords(text)).toBe(tokenize(text).length);
    }
  });
});
