import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from '../../../src/core/text/normalize-text.js';

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
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
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
});
