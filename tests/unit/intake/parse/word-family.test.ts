import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from '../../../../src/core/text/normalize-text.js';
import { has, mayHave } from '../../../../src/intake/parse/word-family.js';

const FAMILY = ['name', 'publi*', 'p*', 'ident*', 'cit*'];

describe('has', () => {
  it('finds a word of the family, exactly or by a prefix, whatever other prefixes share its first letter', () => {
    expect(has(FAMILY, ['the', 'name'])).toBe(true);
    expect(has(FAMILY, ['published'])).toBe(true);
    expect(has(FAMILY, ['p'])).toBe(true);
    expect(has(FAMILY, ['identite'])).toBe(true);
    expect(has(FAMILY, ['names', 'ide', 'ci', 'onym', ''])).toBe(false);
  });

  it('takes a bare star for any word', () => {
    expect(has(['*'], ['whatever'])).toBe(true);
    expect(has(['*'], [''])).toBe(true);
  });
});

describe('mayHave', () => {
  // never false where a token is in the family: it is asked before tokenising, to skip the text
  it.each([
    'Please do not PUBLISH it',
    'my_name here',
    '(name)',
    'Identité protégée',
    'no CITÉ',
    'ÉCRIT PAR NAME',
    'x\u00a0name',
  ])('may have a family word in %j', (text) => {
    expect(has(FAMILY.filter((w) => w !== 'p*'), tokenize(text))).toBe(true);
    expect(mayHave(FAMILY.filter((w) => w !== 'p*'), text)).toBe(true);
  });

  it.each(['surname', 'the 2names', 'unidentified', 'électricité', 'Z\u00e9name'])('has none in %j, whose words only contain a stem', (text) => {
    const family = FAMILY.filter((w) => w !== 'p*');
    expect(has(family, normalizeText(text).split(' '))).toBe(false);
    expect(mayHave(family, text)).toBe(false);
  });
});
