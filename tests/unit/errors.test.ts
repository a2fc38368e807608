import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/errors.js';

describe('describeError', () => {
  it('keeps only the message and code of an error carrying its request payload', () => {
    const error = Object.assign(new Error('Invalid Form Body'), { code: 50035, requestBody: { json: { content: 'ada@example.org wrote this' } } });
    expect(describeError(error)).toEqual({ err: 'Invalid Form Body', code: 50035 });
  });

  it('describes a thrown string or object without copying the object', () => {
    expect(describeError('boom')).toEqual({ err: 'boom' });
    expect(describeError({ payload: 'secret' })).toEqual({ err: 'non-Error value thrown' });
  });
});
