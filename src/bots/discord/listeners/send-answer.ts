import { MessageFlags, type ChatInputCommandInteraction, type Message } from 'discord.js';
import type { Reply } from '../../../core/reply/reply.js';
import type { PageCache } from '../page-cache.js';
import { pageKeyOf, renderDiscord, type DiscordPage } from '../render/render-discord.js';

export const EPHEMERAL = MessageFlags.Ephemeral;

/** Where an answer goes: the deferred reply of a slash command, or a reply to a mention or DM. */
export type AnswerTarget = { command: ChatInputCommandInteraction } | { message: Message };

/** Renders a reply for its asker and remembers it when it has several pages, so Prev/Next can find it. */
function renderFor(reply: Reply, owner: string, pages: PageCache): DiscordPage[] {
  const key = pageKeyOf(reply);
  const rendered = renderDiscord(reply, { pageKey: key, owner });
  if (rendered.length > 1) pages.put(key, reply);
  return rendered;
}

/**
 * The one place a Discord answer is sent: every Reply a user gets is rendered here and sent as the
 * first page. A private reply (a refusal) to a channel message goes to the author's DMs, since
 * channel messages cannot be ephemeral; if their DMs are closed it goes to the channel after all.
 * Chart images or feedback buttons added later belong here.
 */
export async function sendAnswer(target: AnswerTarget, reply: Reply, pages: PageCache): Promise<'reply' | 'channel' | 'dm'> {
  if ('command' in target) {
    const [first] = renderFor(reply, target.command.user.id, pages);
    await target.command.editReply(first!);
    return 'reply';
  }
  const { message } = target;
  const [first] = renderFor(reply, message.author.id, pages);
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
