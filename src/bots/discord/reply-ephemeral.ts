import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { escapeDiscordText } from './escape-discord-text.js';
import { splitText } from './split-text.js';

/**
 * A private message to whoever clicked or typed: refusals, errors, confirmations. Works before or
 * after the interaction was acknowledged (reply vs follow-up).
 */
export async function replyEphemeral(interaction: RepliableInteraction, text: string): Promise<void> {
  const payload = {
    content: splitText(escapeDiscordText(text), 2000)[0] ?? '',
    flags: MessageFlags.Ephemeral as const,
    allowedMentions: { parse: [] },
  };
  if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
  else await interaction.reply(payload);
}
