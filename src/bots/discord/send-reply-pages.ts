import { MessageFlags, type ChatInputCommandInteraction, type Message } from 'discord.js';
import type { Reply } from '../../core/reply/reply.js';
import type { PageCache } from './page-cache.js';
import { pageKeyOf, renderDiscord, type DiscordPage } from './render-discord.js';

/** Renders a reply and remembers it when it has several pages, so Prev/Next can find it again. */
function renderAndRemember(reply: Reply, pages: PageCache): DiscordPage[] {
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

/**
 * Answers a chat message (mention or DM) with the first page, as a reply to it. A private reply
 * (a refusal) to a channel message goes to the author's DMs, since channel messages cannot be
 * ephemeral; if their DMs are closed it is posted in the channel after all.
 */
export async function replyToMessage(message: Message, reply: Reply, pages: PageCache): Promise<'channel' | 'dm'> {
  const [first] = renderAndRemember(reply, pages);
  if (reply.ephemeral && message.guildId !== null) {
    const sent = await message.author.send(first!).then(
      () => true,
      () => false,
    );
    if (sent) return 'dm';
  }
  await message.reply({ ...first!, allowedMentions: { parse: [], repliedUser: false } });
  return 'channel';
}

export const EPHEMERAL = MessageFlags.Ephemeral;
