import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../src/core/text/edit-distance.js';

describe('boundedEditDistance', () => {
  it.each([
    ['election', 'election', 2, 0],
    ['electoin', 'election', 2, 1],
    ['eletion', 'election', 2, 1],
    ['elections', 'election', 2, 1],
    ['ab', 'ba', 1, 1],
    ['kitten', 'sitting', 3, 3],
  ])('measures %s against %s within %i as %i', (a, b, max, want) => {
    expect(boundedEditDistance(a, b, max)).toBe(want);
  });

  it('gives up with max + 1 when the lengths alone differ by more than max', () => {
    expect(boundedEditDistance('cip', 'infrastructure', 2)).toBe(3);
  });

  it('gives up with max + 1 once every cell of a row exceeds max', () => {
    expect(boundedEditDistance('zzzzzz', 'aaaaaa', 1)).toBe(2);
  });

  it('measures a long word correctly after many short ones reused its buffers', () => {
    for (let i = 0; i < 50; i++) boundedEditDistance('dns', 'dnz', 1);
    const long = 'internationalisation'.repeat(3);
    expect(boundedEditDistance(long, long.replace('sation', 'zation'), 2)).toBe(1);
    expect(boundedEditDistance('dns', 'dnz', 1)).toBe(1);
  });
});
