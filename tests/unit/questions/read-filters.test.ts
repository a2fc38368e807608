import { describe, expect, it } from 'vitest';
import { readFilters } from '../../../src/core/questions/read-filters.js';

const now = new Date('2026-11-23T00:00:00Z');

describe('readFilters', () => {
  it.each([
    ['which state agreements', ['states', 'regional organisation']],
    ['intergovernmental agreements', ['states', 'regional organisation']],
    ['industry led commitments', ['industry']],
    ['what do companies commit to', ['industry']],
    ['multi stakeholder initiatives', ['multistakeholder']],
    ['technical community agreements', ['technical community']],
    ['regional agreements', ['regional organisation']],
  ])('reads the kind of party in %s', (text, kinds) => {
    expect(readFilters(text, now, false).kinds?.kinds).toEqual(kinds);
  });

  it('does not read "non state actors" as states', () => {
    expect(readFilters('agreements on non state actors', now, false).kinds).toBeUndefined();
  });

  it.each([
    ['non binding agreements', ['non-binding', 'voluntary', 'politically binding']],
    ['not legally binding', ['non-binding', 'voluntary', 'politically binding']],
    ['politically binding', ['politically binding']],
    ['legally binding treaties', ['binding']],
    ['voluntary commitments', ['voluntary']],
  ])('reads the binding status in %s', (text, values) => {
    expect(readFilters(text, now, false).binding?.values).toEqual(values);
  });

  it('reads a maintainer', () => {
    expect(readFilters('agreements maintained by the osce that cover elections', now, false).maintainer?.words).toEqual(['osce']);
  });

  it('reads a date as a catalog entry date when asked what was added', () => {
    const f = readFilters('added to the catalog since 2023 01 15', now, true);
    expect(f.addedSince?.date).toBe('2023-01-15');
    expect(f.years).toBeUndefined();
  });
});
