import { describe, expect, it } from 'vitest';
import { splitText, truncateText } from '../../../../../src/bots/discord/render/split-text.js';

const hasLoneSurrogate = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('Discord truncateText', () => {
  it('does not cut an escape backslash from the character it escapes', () => {
    expect(truncateText('ab\\*cd', 4)).toBe('ab…');
  });

  it('does not split a surrogate pair', () => {
    const out = truncateText('ab😀cd', 4);
    expect(out).toBe('ab…');
  });
});

describe('Discord splitText', () => {
  it('does not split a surrogate pair when a piece has no space to break at', () => {
    const pieces = splitText('😀'.repeat(10), 5);
    expect(pieces.join('')).toBe('😀'.repeat(10));
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(5);
      expect(hasLoneSurrogate(p)).toBe(false);
    }
  });
});

describe('Discord splitText, where it cuts', () => {
  it('cuts at a line break in the second half of a piece, else at a space, else hard', () => {
    expect(splitText('aaaaaa\nbb cc', 8)).toEqual(['aaaaaa', 'bb cc']);
    expect(splitText('aa\nbbbbb cc', 8)).toEqual(['aa\nbbbbb', 'cc']);
    expect(splitText('abcdefghijk', 4)).toEqual(['abcd', 'efgh', 'ijk']);
  });

  it('drops the spaces and line breaks it cut at, keeps the rest whole', () => {
    expect(splitText('aaaa   \n\n  bbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(splitText('exactly8', 8)).toEqual(['exactly8']);
  });

  it('never ends a piece with a dangling escape backslash', () => {
    expect(splitText('abc\\*def', 4)).toEqual(['abc', '\\*de', 'f']);
  });

  it('gives one empty piece for empty text, so a message always has content', () => {
    expect(splitText('', 10)).toEqual(['']);
  });

  it('truncates with an ellipsis only past the limit', () => {
    expect(truncateText('abcd', 4)).toBe('abcd');
    expect(truncateText('abcde', 4)).toBe('abc…');
  });
});
