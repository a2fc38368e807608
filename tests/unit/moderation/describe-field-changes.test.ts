import { describe, expect, it } from 'vitest';
import { describeFieldChanges } from '../../../src/core/moderation/describe-field-changes.js';
import { aDraftFields } from '../../helpers/draft-builder.js';

describe('describeFieldChanges', () => {
  it('summarises each changed field with before and after', () => {
    const before = aDraftFields();
    expect(describeFieldChanges(before, { ...before, launchYear: null, signatories: ['Denmark'] })).toBe(
      "year: '2021' -> (none); signatories: Denmark, Finland, Iceland, Norway, Sweden -> Denmark",
    );
  });

  it('says when nothing changed', () => {
    expect(describeFieldChanges(aDraftFields(), aDraftFields())).toBe('no change');
  });

  it('shortens long values', () => {
    const long = 'x'.repeat(200);
    expect(describeFieldChanges(aDraftFields(), aDraftFields({ parties: long })).length).toBeLessThan(150);
  });
});
