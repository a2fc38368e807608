import { MessageFlags, type ChatInputCommandInteraction, type Message } from 'discord.js';
import type { Reply } from '../../core/reply/reply.js';
import type { PageCache } from './page-cache.js';
import { pageKeyOf, renderDiscord, type DiscordPage } from './render-discord.js';

/** Renders a reply and remembers it when it has several pages, so Prev/Next can find it again. */
export function renderAndRemember(reply: Reply, pages: PageCache): DiscordPage[] {
  const key = pageKeyOf(reply);
  const rendered = renderDiscord(reply, { pageKey: key });
  if (rendered.length > 1) pages.put(key, reply);
  return rendered;
}

/** Answers a deferred slash command with the first page. */
export async function editReplyWithReply(interaction: ChatInputCommandInteraction, reply: Reply, pages: PageCache): Promise<void> {
  const [first] = renderAndRemember(reply, pages);
  await interaction.editReply(first!);
}

/** Answers a chat message (mention or DM) with the first page, as a reply to it. */
export async function replyToMessage(message: Message, reply: Reply, pages: PageCache): Promise<void> {
  const [first] = renderAndRemember(reply, pages);
  await message.reply({ ...first!, allowedMentions: { parse: [], repliedUser: false } });
}

export const EPHEMERAL = MessageFlags.Ephemeral;
