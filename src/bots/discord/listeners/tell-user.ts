import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { escapeDiscordText } from '../render/escape-discord-text.js';
import { splitText } from '../render/split-text.js';

/**
 * A private line to whoever clicked or typed: refusals, errors, outcomes. Works before or after
 * the interaction was acknowledged: a reply, the deferred reply's edit, or a follow-up.
 */
export async function tellUser(interaction: RepliableInteraction, text: string): Promise<void> {
  const content = splitText(escapeDiscordText(text), 2000)[0] ?? '';
  const payload = { content, flags: MessageFlags.Ephemeral as const, allowedMentions: { parse: [] } };
  if (interaction.deferred && !interaction.replied && interaction.ephemeral) await interaction.editReply({ content, embeds: [], components: [], allowedMentions: { parse: [] } });
  else if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
  else await interaction.reply(payload);
}
