import { parseDiscordConfig } from '../../bots/discord/discord-config.js';
import { registerDiscordCommands } from '../../bots/discord/register-discord-commands.js';
import { UsageError, type CliIo } from '../cli-io.js';

export const summary = 'register the /norms slash commands with Discord [--guild ID] (global without a guild)';

export async function run(args: string[], io: CliIo): Promise<number> {
  let guildId: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--guild') {
      guildId = args[++i];
      if (!guildId || !/^\d{17,20}$/.test(guildId)) throw new UsageError('--guild needs a guild id (17-20 digits)');
    } else if (arg === '--global') {
      guildId = undefined;
    } else if (arg === '--db') {
      i++; // accepted by every command; not needed here
    } else {
      throw new UsageError(`unknown option "${arg}"; usage: normbot discord:register [--guild ID | --global]`);
    }
  }
  const parsed = parseDiscordConfig(io.env);
  if (!parsed.ok) {
    io.stderr(`normbot discord:register: ${parsed.message}\n`);
    return 1;
  }
  const { config } = parsed;
  const result = await registerDiscordCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: guildId ?? (args.includes('--global') ? undefined : config.DISCORD_GUILD_ID),
    api: config.DISCORD_API_URL,
  });
  if (!result.ok) {
    io.stderr(`normbot discord:register: ${result.message}\n`);
    return 1;
  }
  io.stdout(`registered ${result.names.map((n) => `/${n}`).join(', ')} (${result.scope}${result.scope === 'guild' ? ` ${guildId ?? config.DISCORD_GUILD_ID}` : ''})\n`);
  return 0;
}
