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
  });

  it('refuses to build an id over 100 characters', () => {
    expect(() => buildCustomId('page', 'k'.repeat(40), 'k'.repeat(40), 'k'.repeat(20))).toThrow(RangeError);
    expect(buildCustomId('page', 'k'.repeat(16), '12', 'n', '800000000000000001')).toBe(`nb:page:${'k'.repeat(16)}:12:n:800000000000000001`);
  });

  it('reads the subject id only when it is a positive integer', () => {
    expect(subjectIdOf({ verb: 'approve', args: ['12'] })).toBe(12);
    expect(subjectIdOf({ verb: 'approve', args: ['0'] })).toBeNull();
    expect(subjectIdOf({ verb: 'approve', args: ['abc'] })).toBeNull();
  });
});
