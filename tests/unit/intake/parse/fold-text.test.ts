import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../src/intake/parse/fold-text.js';

describe('foldText', () => {
  it('lower-cases and strips accents, one character for each one of the text', () => {
    const text = 'Organización ÉTÉ Ça, People\u2019s \u{1d400} Straße';
    expect(foldText(text)).toBe("organizacion ete ca, people's \u{1d400} straße");
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('folds plain ASCII to lower case only', () => {
    expect(foldText('On Mon, 5 Oct 2020, X WROTE:')).toBe('on mon, 5 oct 2020, x wrote:');
  });
});
