import { describe, expect, it } from 'vitest';
import { computeBackoff } from '../../../../src/intake/outbox/compute-backoff.js';

describe('computeBackoff', () => {
  it('doubles the delay after each failure', () => {
    expect([1, 2, 3, 4].map((n) => computeBackoff(n, 1000, 60_000))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('caps the delay', () => {
    expect(computeBackoff(30, 1000, 60_000)).toBe(60_000);
  });
});
