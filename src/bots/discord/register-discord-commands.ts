import { REST, Routes } from 'discord.js';
import { DISCORD_COMMANDS } from './discord-commands.js';
import { ApplicationCommandSchema } from './render/discord-limits.js';

export interface RegisterTarget {
  token: string;
  applicationId: string;
  /** a guild registers instantly for that server only; without it the commands are global */
  guildId?: string;
  /** REST base URL, e.g. a local server in tests; defaults to Discord's */
  api?: string;
}

export type RegisterResult =
  | { ok: true; scope: 'guild' | 'global'; names: string[] }
  | { ok: false; code: 'DISCORD_REGISTER_FAILED'; message: string };

/**
 * PUTs the whole command list (a bulk overwrite: commands no longer defined disappear), after
 * checking each command against Discord's documented limits, so a bad one is named here and not
 * refused by Discord with a bare "Invalid Form Body".
 */
export async function registerDiscordCommands(target: RegisterTarget, commands: readonly unknown[] = DISCORD_COMMANDS): Promise<RegisterResult> {
  for (const command of commands) {
    const checked = ApplicationCommandSchema.safeParse(command);
    if (!checked.success) {
      const name = (command as { name?: string }).name ?? '?';
      return { ok: false, code: 'DISCORD_REGISTER_FAILED', message: `command "${name}" breaks a Discord limit: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
    }
  }
  const rest = new REST({ retries: 0, timeout: 15_000, ...(target.api ? { api: target.api } : {}) }).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  try {
    await rest.put(route, { body: commands });
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint = status === 401 ? 'check DISCORD_TOKEN' : status === 403 || status === 404 ? 'check DISCORD_APPLICATION_ID and that the bot is in the guild' : 'check the network and try again';
    return { ok: false, code: 'DISCORD_REGISTER_FAILED', message: `registering commands failed${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message}; ${hint}` };
  }
  return { ok: true, scope: target.guildId ? 'guild' : 'global', names: commands.map((c) => (c as { name: string }).name) };
}
