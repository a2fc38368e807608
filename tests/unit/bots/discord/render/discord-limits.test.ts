import { describe, expect, it } from 'vitest';
import { DISCORD_COMMANDS } from '../../../../../src/bots/discord/discord-commands.js';
import { ApplicationCommandSchema, commandLength, DiscordMessageSchema, embedLength } from '../../../../../src/bots/discord/render/discord-limits.js';

const command = (overrides: Record<string, unknown> = {}) => ({ name: 'desk', type: 1, description: 'The desk', ...overrides });
const issues = (value: unknown) => {
  const r = ApplicationCommandSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('Discord command limits', () => {
  it('accepts the commands the bot registers', () => {
    for (const c of DISCORD_COMMANDS) expect(issues(c)).toEqual([]);
  });

  it('refuses an upper-case, spaced or long name', () => {
    expect(issues(command({ name: 'Desk' }))).toEqual(['names are lowercase']);
    expect(issues(command({ name: 'my desk' }))).toEqual(['a name of 1-32 letters, digits, - or _']);
    expect(issues(command({ name: 'd'.repeat(33) }))).toEqual(['a name of 1-32 letters, digits, - or _']);
    expect(issues(command({ name: 'd'.repeat(32) }))).toEqual([]);
  });

  it('refuses choices on an autocomplete option, and an optional option before a required one', () => {
    const option = (o: Record<string, unknown>) => ({ type: 3, name: 'q', description: 'd', ...o });
    expect(issues(command({ options: [option({ autocomplete: true, choices: [{ name: 'a', value: 'a' }] })] }))).toEqual(['autocomplete and choices exclude each other']);
    expect(issues(command({ options: [option({ autocomplete: true })] }))).toEqual([]);
    const sub = (options: unknown[]) => command({ options: [{ type: 1, name: 'merge', description: 'd', options }] });
    // the subcommand is a union member: zod reports the union, not which rule
    expect(issues(sub([option({ name: 'a' }), option({ name: 'b', required: true })]))).toEqual(['Invalid input']);
    expect(issues(sub([option({ name: 'a', required: true }), option({ name: 'b', required: true }), option({ name: 'c' })]))).toEqual([]);
  });

  it('counts names, descriptions and string values of a command, its options and choices, at most 4,000', () => {
    const c = { name: 'ab', description: 'cde', options: [{ name: 'f', description: 'gh', choices: [{ name: 'i', value: 'jk' }, { name: 'l', value: 7 }] }] };
    expect(commandLength(c)).toBe(2 + 3 + 1 + 2 + 1 + 2 + 1);
    const big = command({ options: Array.from({ length: 20 }, (_, i) => ({ type: 1, name: `s${i}`, description: 'x'.repeat(100), options: [{ type: 3, name: 'q', description: 'y'.repeat(100) }] })) });
    expect(commandLength(big)).toBeGreaterThan(4000);
    expect(issues(big)).toEqual(["a command's names, descriptions and values over 4000 characters"]);
  });
});

describe('Discord message limits', () => {
  const page = (o: Record<string, unknown>) => ({ content: '', embeds: [], components: [], allowedMentions: { parse: [] }, ...o });

  it('needs content or an embed', () => {
    expect(DiscordMessageSchema.safeParse(page({})).success).toBe(false);
    expect(DiscordMessageSchema.safeParse(page({ content: 'x' })).success).toBe(true);
    expect(DiscordMessageSchema.safeParse(page({ embeds: [{ title: 't' }] })).success).toBe(true);
  });

  it('counts title, description, footer and fields of every embed toward 6,000', () => {
    expect(embedLength({ title: 'ab', description: 'cde', footer: { text: 'f' }, fields: [{ name: 'gh', value: 'ijk' }] })).toBe(2 + 3 + 1 + 2 + 3);
    const embed = (n: number) => ({ description: 'x'.repeat(n) });
    expect(DiscordMessageSchema.safeParse(page({ embeds: [embed(3000), embed(3000)] })).success).toBe(true);
    expect(DiscordMessageSchema.safeParse(page({ embeds: [embed(3000), embed(3001)] })).success).toBe(false);
  });
});
