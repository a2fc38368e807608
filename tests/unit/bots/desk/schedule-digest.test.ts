import { describe, expect, it } from 'vitest';
import { msUntilNextDigest } from '../../../../src/bots/desk/schedule-digest.js';

describe('msUntilNextDigest', () => {
  it('waits until the hour later today', () => {
    expect(msUntilNextDigest(new Date('2026-11-23T06:30:00Z'), 8)).toBe(90 * 60_000);
  });

  it('waits until tomorrow once the hour has passed', () => {
    expect(msUntilNextDigest(new Date('2026-11-23T08:00:00Z'), 8)).toBe(24 * 3600_000);
  });

  it('crosses a month end', () => {
    expect(msUntilNextDigest(new Date('2026-11-30T23:00:00Z'), 0)).toBe(3600_000);
  });
});
