import { describe, expect, it } from 'vitest';
import { isDiscordModerator } from '../../../../src/bots/discord/is-discord-moderator.js';

const member = (roles: string[]) => ({
  user: { id: '1', username: 'u', discriminator: '0', avatar: null, global_name: null },
  roles,
  permissions: '0',
  joined_at: '2026-01-01T00:00:00.000Z',
  deaf: false,
  mute: false,
  flags: 0,
});

describe('isDiscordModerator', () => {
  it('accepts a member holding the moderator role', () => {
    expect(isDiscordModerator(member(['5', '9']), '9')).toBe(true);
  });

  it('refuses a member without it', () => {
    expect(isDiscordModerator(member(['5']), '9')).toBe(false);
  });

  it('refuses everyone in a DM and when no role is configured', () => {
    expect(isDiscordModerator(null, '9')).toBe(false);
    expect(isDiscordModerator(member(['9']), null)).toBe(false);
  });
});
