import { describe, expect, it } from 'vitest';
import { buildCustomId, draftIdOf, parseCustomId } from '../../../../src/bots/discord/discord-custom-id.js';

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
  });

  it('reads the draft id only when it is a positive integer', () => {
    expect(draftIdOf({ verb: 'approve', args: ['12'] })).toBe(12);
    expect(draftIdOf({ verb: 'approve', args: ['0'] })).toBeNull();
    expect(draftIdOf({ verb: 'approve', args: ['abc'] })).toBeNull();
  });
});
