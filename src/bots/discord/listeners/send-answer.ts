import { MessageFlags, type AttachmentPayload, type ChatInputCommandInteraction, type Message } from 'discord.js';
import type { Reply } from '../../../core/reply/reply.js';
import { describeError } from '../../../errors.js';
import type { DiscordBotDeps } from '../discord-bot-deps.js';
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

/** The answer's files (chart, export) as attachments; without them when they cannot be built (the text stands). */
async function attachmentsOf(reply: Reply, deps: DiscordBotDeps): Promise<AttachmentPayload[]> {
  try {
    const files = await deps.answers.files(reply);
    return files.map((f) => ({ attachment: f.bytes, name: f.filename, description: f.alt.slice(0, 1_024) }));
  } catch (error) {
    deps.logger.warn({ intent: reply.intent, ...describeError(error) }, 'answer files not built');
    return [];
  }
}

/**
 * The one place a Discord answer is sent: every Reply a user gets is rendered here and sent as the
 * first page, with the answer's files attached (they stay when the pages turn). A private reply (a
 * refusal, an export) to a channel message goes to the author's DMs, since channel messages cannot
 * be ephemeral; if their DMs are closed it goes to the channel after all.
 */
export async function sendAnswer(target: AnswerTarget, reply: Reply, deps: DiscordBotDeps): Promise<'reply' | 'channel' | 'dm'> {
  const files = await attachmentsOf(reply, deps);
  if ('command' in target) {
    const [first] = renderFor(reply, target.command.user.id, deps.pages);
    await target.command.editReply({ ...first!, files });
    return 'reply';
  }
  const { message } = target;
  const [first] = renderFor(reply, message.author.id, deps.pages);
  if (reply.ephemeral && message.guildId !== null) {
    const sent = await message.author.send({ ...first!, files }).then(
      () => true,
      () => false,
    );
    if (sent) return 'dm';
  }
  await message.reply({ ...first!, files, allowedMentions: { parse: [], repliedUser: false } });
  return 'channel';
}
