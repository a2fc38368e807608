import { describe, expect, it } from 'vitest';
import { readYearRange } from '../../../src/core/questions/read-year-range.js';

const now = new Date('2026-11-23T00:00:00Z');
const range = (text: string) => {
  const r = readYearRange(text, now);
  return r ? { min: r.min, max: r.max } : undefined;
};

describe('readYearRange', () => {
  it.each([
    ['since 2018', { min: 2018, max: undefined }],
    ['2018 onwards', { min: 2018, max: undefined }],
    ['after 2020', { min: 2021, max: undefined }],
    ['post 2020', { min: 2021, max: undefined }],
    ['before 2015', { min: undefined, max: 2014 }],
    ['up to 2015', { min: undefined, max: 2015 }],
    ['between 2015 and 2018', { min: 2015, max: 2018 }],
    ['between 2018 and 2015', { min: 2015, max: 2018 }],
    ['2015 2018', { min: 2015, max: 2018 }],
    ['in 2018', { min: 2018, max: 2018 }],
    ['agreements from 2017', { min: 2017, max: 2017 }],
    ['from 2017 onwards', { min: 2017, max: undefined }],
    ['starting from 2017', { min: 2017, max: undefined }],
    ['in the last 3 years', { min: 2023, max: undefined }],
    ['in the past five years', { min: 2021, max: undefined }],
  ])('reads %s', (text, expected) => {
    expect(range(text)).toEqual(expected);
  });

  it('reads nothing when no year is named', () => {
    expect(readYearRange('which agreements cover botnets', now)).toBeUndefined();
  });

  it('ignores numbers that are not years', () => {
    expect(readYearRange('resolution 50 and a 70 174', now)).toBeUndefined();
  });
});
