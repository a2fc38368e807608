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
