import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISCORD_COMMANDS } from '../../../src/bots/discord/discord-commands.js';
import { registerDiscordCommands } from '../../../src/bots/discord/register-discord-commands.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../../helpers/fake-discord-api.js';
import { IDS } from './discord-payloads.js';

let fake: FakeDiscordApi;

function io(env: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), stdin: new PassThrough(), env, isTty: false },
  };
}

const env = () => ({ DISCORD_TOKEN: 'fake-bot-token-0000000000', DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_URL: fake.api });

beforeEach(async () => {
  fake = await startFakeDiscordApi();
});
afterEach(async () => {
  await fake.close();
});

describe('normbot discord:register', () => {
  it('puts the command list to the guild route with the bot token', async () => {
    const { io: cli, out } = io(env());
    expect(await runCli(['discord:register', '--guild', IDS.guild], cli)).toBe(0);
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]).toMatchObject({ method: 'PUT', path: `/api/v10/applications/${IDS.app}/guilds/${IDS.guild}/commands`, auth: 'Bot fake-bot-token-0000000000' });
    expect(fake.calls[0]!.body).toEqual(DISCORD_COMMANDS);
    expect(out.stdout).toContain(`registered /norms, /desk (guild ${IDS.guild})`);
  });

  it('registers globally without a guild', async () => {
    const { io: cli } = io(env());
    expect(await runCli(['discord:register'], cli)).toBe(0);
    expect(fake.calls[0]!.path).toBe(`/api/v10/applications/${IDS.app}/commands`);
  });

  it('defines /norms for everyone and /desk only for members who may manage messages', () => {
    const [norms, desk] = DISCORD_COMMANDS as Array<{ name: string; default_member_permissions?: string | null; options: Array<{ name: string; options?: Array<{ name: string; autocomplete?: boolean }> }> }>;
    expect(norms!.name).toBe('norms');
    expect(norms!.options.map((o) => o.name)).toEqual(['ask', 'agreement', 'element']);
    expect(norms!.options.filter((o) => o.options?.[0]?.autocomplete).map((o) => o.name)).toEqual(['agreement', 'element']);
    expect(norms!.default_member_permissions).toBeUndefined();
    expect(desk!.name).toBe('desk');
    // MANAGE_MESSAGES (1 << 13): https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
    expect(desk!.default_member_permissions).toBe('8192');
    expect(desk!.options.map((o) => o.name)).toEqual(['drafts', 'digest', 'unsorted', 'merge', 'export']);
    expect(desk!.options.find((o) => o.name === 'merge')!.options!.find((o) => o.name === 'agreement')!.autocomplete).toBe(true);
  });

  it('refuses to register a command that breaks a documented limit, naming it, and sends nothing', async () => {
    const tooLong = { ...DISCORD_COMMANDS[0]!, description: 'x'.repeat(101) };
    const badName = { ...DISCORD_COMMANDS[1]!, name: 'Desk Tools' };
    const target = { token: 'fake-bot-token-0000000000', applicationId: IDS.app, api: fake.api };
    expect(await registerDiscordCommands(target, [tooLong])).toMatchObject({ ok: false, code: 'DISCORD_REGISTER_FAILED', message: expect.stringMatching(/^command "norms" breaks a Discord limit: description: .*100/) });
    expect(await registerDiscordCommands(target, [badName])).toMatchObject({ ok: false, message: expect.stringMatching(/^command "Desk Tools" breaks a Discord limit: name/) });
    expect(fake.calls).toHaveLength(0);
  });

  it('names the missing variable when the token is not set', async () => {
    const { io: cli, out } = io({ DISCORD_APPLICATION_ID: IDS.app });
    expect(await runCli(['discord:register'], cli)).toBe(1);
    expect(out.stderr).toContain('DISCORD_TOKEN');
    expect(fake.calls).toHaveLength(0);
  });

  it('rejects a malformed guild id as a usage error', async () => {
    const { io: cli, out } = io(env());
    expect(await runCli(['discord:register', '--guild', 'my-server'], cli)).toBe(2);
    expect(out.stderr).toContain('--guild needs a guild id');
  });

  it('reports a refusal from Discord with what to check', async () => {
    const { io: cli, out } = io({ ...env(), DISCORD_API_URL: fake.api.replace('/api', '/nowhere') });
    expect(await runCli(['discord:register', '--guild', IDS.guild], cli)).toBe(1);
    expect(out.stderr).toMatch(/registering commands failed \(HTTP 404\).*check DISCORD_APPLICATION_ID/);
  });

  it.each([
    [401, { message: '401: Unauthorized', code: 0 }, 'check DISCORD_TOKEN'],
    [403, { message: 'Missing Access', code: 50001 }, 'check DISCORD_APPLICATION_ID and that the bot is in the guild'],
    [404, { message: 'Unknown Application', code: 10002 }, 'check DISCORD_APPLICATION_ID and that the bot is in the guild'],
    [500, { message: 'Internal Server Error', code: 0 }, 'check the network and try again'],
  ])('tells the operator what to check when Discord answers HTTP %i', async (status, error, hint) => {
    fake.failNext('PUT', /\/commands$/, status, error);
    const { io: cli, out } = io(env());
    expect(await runCli(['discord:register', '--guild', IDS.guild], cli)).toBe(1);
    expect(out.stderr).toContain(`registering commands failed (HTTP ${status}): ${error.message}; ${hint}`);
  });

  it('says so without an HTTP status when Discord cannot be reached', async () => {
    const down = await startFakeDiscordApi();
    await down.close();
    const result = await registerDiscordCommands({ token: 'fake-bot-token-0000000000', applicationId: IDS.app, api: down.api });
    expect(result).toMatchObject({ ok: false, code: 'DISCORD_REGISTER_FAILED', message: expect.stringMatching(/^registering commands failed: .+; check the network and try again$/) });
  });
});
