import type { RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { DiscordPage } from './render-discord.js';

/** A page as the raw REST body (snake_case), for calls made with client.rest directly. */
export function toRestMessage(page: DiscordPage): RESTPostAPIChannelMessageJSONBody {
  return { content: page.content, embeds: page.embeds, components: page.components, allowed_mentions: { parse: [] } };
}
