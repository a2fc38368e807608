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
});
