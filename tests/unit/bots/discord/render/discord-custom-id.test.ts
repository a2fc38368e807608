import { describe, expect, it } from 'vitest';
import { buildCustomId, subjectIdOf, parseCustomId } from '../../../../../src/bots/discord/render/discord-custom-id.js';

describe('discord custom ids', () => {
  it('round-trips a verb and its arguments', () => {
    expect(parseCustomId(buildCustomId('approve', '42'))).toEqual({ verb: 'approve', args: ['42'] });
  });

  it('returns null for an id that is not ours', () => {
    expect(parseCustomId('approve:42')).toBeNull();
    expect(parseCustomId('nb:explode:42')).toBeNull();
  });

  it('returns null for arguments with characters we never send', () => {
    expect(parseCustomId('nb:approve:4 2')).toBeNull();
    expect(parseCustomId('nb:page:abc:4 2')).toBeNull(); // any one bad argument is enough
    expect(parseCustomId(`nb:approve:${'1'.repeat(41)}`)).toBeNull();
    expect(parseCustomId(`nb:approve:${'1'.repeat(40)}`)).toEqual({ verb: 'approve', args: ['1'.repeat(40)] });
  });

  it('reads every verb it can build', () => {
    expect(parseCustomId(buildCustomId('cancel'))).toEqual({ verb: 'cancel', args: [] });
    expect(parseCustomId('xx:approve:1')).toBeNull();
  });

  it('refuses to build an id over 100 characters', () => {
    expect(() => buildCustomId('page', 'k'.repeat(40), 'k'.repeat(40), 'k'.repeat(20))).toThrow(
      new RangeError(`custom id over 100 characters: nb:page:${'k'.repeat(32)}...`),
    );
    // exactly 100 characters is still allowed: 'nb:page:' (8) + 92
    expect(buildCustomId('page', 'k'.repeat(92))).toHaveLength(100);
    expect(() => buildCustomId('page', 'k'.repeat(93))).toThrow(RangeError);
    expect(buildCustomId('page', 'k'.repeat(16), '12', 'n', '800000000000000001')).toBe(`nb:page:${'k'.repeat(16)}:12:n:800000000000000001`);
  });

  it('reads the subject id only when it is a positive integer', () => {
    expect(subjectIdOf({ verb: 'approve', args: ['12'] })).toBe(12);
    expect(subjectIdOf({ verb: 'approve', args: ['0'] })).toBeNull();
    expect(subjectIdOf({ verb: 'approve', args: ['abc'] })).toBeNull();
  });
});
