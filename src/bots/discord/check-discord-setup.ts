import { Routes, type REST } from 'discord.js';
import { describeError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { DiscordConfig } from './discord-config.js';

/**
 * At start, warnings for what would fail quietly later: no moderator role (nobody can moderate),
 * no moderators' channel (no cards), or a channel the bot cannot see. Never stops the bot.
 */
export async function checkDiscordSetup(rest: REST, config: Pick<DiscordConfig, 'DISCORD_MODERATOR_ROLE_ID' | 'DISCORD_MODERATION_CHANNEL_ID'>, logger: Logger): Promise<string[]> {
  const warnings: string[] = [];
  if (!config.DISCORD_MODERATOR_ROLE_ID) warnings.push('DISCORD_MODERATOR_ROLE_ID is not set: nobody can moderate drafts from Discord');
  if (!config.DISCORD_MODERATION_CHANNEL_ID) warnings.push('DISCORD_MODERATION_CHANNEL_ID is not set: draft cards are not posted to Discord');
  else {
    await rest.get(Routes.channel(config.DISCORD_MODERATION_CHANNEL_ID)).catch((error: unknown) => {
      warnings.push(`the bot cannot see DISCORD_MODERATION_CHANNEL_ID=${config.DISCORD_MODERATION_CHANNEL_ID} (${describeError(error).err}); invite the bot and let it view, send and create threads there`);
    });
  }
  for (const warning of warnings) logger.warn(warning);
  return warnings;
}
