import { describe, expect, it } from 'vitest';
import { parseDiscordConfig } from '../../../../src/bots/discord/discord-config.js';
import { DISCORD_LIMITS } from '../../../../src/bots/discord/render/discord-limits.js';
import { DISCORD_COMMANDS } from '../../../../src/bots/discord/discord-commands.js';

describe('parseDiscordConfig', () => {
  it('accepts a token and an application id', () => {
    const result = parseDiscordConfig({ DISCORD_TOKEN: 'x'.repeat(30), DISCORD_APPLICATION_ID: '100000000000000001' });
    expect(result.ok).toBe(true);
  });

  it('names each bad variable', () => {
    const result = parseDiscordConfig({ DISCORD_TOKEN: 'short', DISCORD_APPLICATION_ID: 'abc', DISCORD_MODERATOR_ROLE_ID: 'mods' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      for (const name of ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_MODERATOR_ROLE_ID']) expect(result.message).toContain(name);
    }
  });
});

describe('DISCORD_COMMANDS', () => {
  it('keeps every description within 100 characters', () => {
    const descriptions = JSON.stringify(DISCORD_COMMANDS).match(/"description":"[^"]*"/g) ?? [];
    expect(descriptions.length).toBeGreaterThan(5);
    for (const d of descriptions) expect(d.length - '"description":""'.length).toBeLessThanOrEqual(DISCORD_LIMITS.commandDescription);
  });
});
