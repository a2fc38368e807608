import { parseDiscordConfig } from '../../bots/discord/discord-config.js';
import { registerDiscordCommands } from '../../bots/discord/register-discord-commands.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const summary = 'register the /norms slash commands with Discord [--guild ID] (global without a guild)';

export const usage = 'normbot discord:register [--guild ID | --global]   (DISCORD_TOKEN and DISCORD_APPLICATION_ID from the environment)';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { guild: { type: 'string' }, global: { type: 'boolean' } }, usage);
  const guildId = values.global ? undefined : (values.guild as string | undefined);
  if (guildId !== undefined && !/^\d{17,20}$/.test(guildId)) throw new UsageError(`--guild needs a guild id (17-20 digits); usage: ${usage}`);
  const parsed = parseDiscordConfig(io.env);
  if (!parsed.ok) {
    io.stderr(`normbot discord:register: ${parsed.message}\n`);
    return 1;
  }
  const { config } = parsed;
  const result = await registerDiscordCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: guildId ?? (values.global ? undefined : config.DISCORD_GUILD_ID),
    api: config.DISCORD_API_URL,
  });
  if (!result.ok) {
    io.stderr(`normbot discord:register: ${result.message}\n`);
    return 1;
  }
  io.stdout(`registered ${result.names.map((n) => `/${n}`).join(', ')} (${result.scope}${result.scope === 'guild' ? ` ${guildId ?? config.DISCORD_GUILD_ID}` : ''})\n`);
  return 0;
}
