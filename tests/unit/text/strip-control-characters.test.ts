import { describe, expect, it } from 'vitest';
import { stripControlCharacters, stripControlCharactersDeep, toOneLine } from '../../../src/core/text/strip-control-characters.js';

describe('stripControlCharacters', () => {
  it('drops NUL, escape, DEL and C1 controls from a name', () => {
    expect(stripControlCharacters('Paris\u0000 Call\u001b[31m\u007f\u0085')).toBe('Paris Call[31m');
  });

  it('drops bidi overrides that would show a name in another order', () => {
    expect(stripControlCharacters('Tech \u202eAccord\u202c')).toBe('Tech Accord');
  });

  it('keeps tabs and line breaks, turning CR LF and lone CR into LF', () => {
    expect(stripControlCharacters('a\r\nb\rc\td')).toBe('a\nb\nc\td');
  });

  it('keeps letters of every script', () => {
    expect(stripControlCharacters('Jörg — 東京 — القاهرة')).toBe('Jörg — 東京 — القاهرة');
  });
});

describe('toOneLine', () => {
  it('folds the line breaks of a subject into spaces', () => {
    expect(toOneLine('Hello\r\nBcc: victim@example.test\n')).toBe('Hello Bcc: victim@example.test');
  });
});

describe('stripControlCharactersDeep', () => {
  it('cleans every string of a nested value and leaves numbers and nulls', () => {
    expect(stripControlCharactersDeep({ name: 'A\u0000B', year: 2018, list: ['x\u0007', null], nested: { 'k\u0000': 'v\u0008' } })).toEqual({
      name: 'AB',
      year: 2018,
      list: ['x', null],
      nested: { k: 'v' },
    });
  });

  it('leaves the value it was given as it was: a parse result is stored cleaned, its original kept', () => {
    const parsed = { agreements: [{ name: 'Paris\u202e Call', parties: ['France'] }], contributor: { name: 'Ana' } };
    expect(stripControlCharactersDeep(parsed)).toEqual({ agreements: [{ name: 'Paris Call', parties: ['France'] }], contributor: { name: 'Ana' } });
    expect(parsed.agreements[0]!.name).toBe('Paris\u202e Call');
  });

  it('turns the CR LF line breaks of a nested quote into LF', () => {
    expect(stripControlCharactersDeep({ evidence: [{ quote: 'one\r\ntwo' }] })).toEqual({ evidence: [{ quote: 'one\ntwo' }] });
  });
});
