import { describe, expect, it } from 'vitest';
import { normalizeYear } from '../../../../src/intake/parse/normalize-year.js';

const now = new Date('2026-01-01T00:00:00Z');

describe('normalizeYear', () => {
  it.each([
    ['from 2016', 2016, '2016'],
    ['November 2018', 2018, '2018-11'],
    ['juin 2014', 2014, '2014-06'],
    ['6 July 2016', 2016, '2016-07-06'],
    ['2017', 2017, '2017'],
    ['12 novembre 2018', 2018, '2018-11-12'],
    ['marzo de 2019', 2019, '2019-03'],
    ['2016-07-06', 2016, '2016-07-06'],
    ['06/07/2016', 2016, '2016-07-06'],
    ['launched in Sept. 2015 at the summit', 2015, '2015-09'],
  ])('reads %j', (text, year, date) => {
    expect(normalizeYear(text, now)).toEqual({ year, date });
  });

  it('returns null without a year', () => {
    expect(normalizeYear('recently', now)).toEqual({ year: null, date: null });
  });

  it('ignores a year in the future', () => {
    expect(normalizeYear('2099', now)).toEqual({ year: null, date: null });
  });
});
