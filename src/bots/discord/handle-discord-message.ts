import type { Message } from 'discord.js';
import { handleChatMessage } from '../../core/chat/handle-chat-message.js';
import { parseChatCommand } from '../../core/chat/parse-chat-command.js';
import { describeError } from '../describe-error.js';
import { discordActor } from './discord-actor.js';
import type { DiscordBotDeps } from './discord-bot-deps.js';
import { isDiscordModerator } from './is-discord-moderator.js';
import { replyToMessage } from './send-reply-pages.js';
import { syncDraftCard } from './sync-draft-card.js';

/** The text of a message addressed to the bot, without the bot's own mention; null when not addressed. */
export function addressedText(message: Pick<Message, 'content' | 'guildId'>, botId: string): string | null {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  const isDm = message.guildId === null;
  if (!isDm && !mention.test(message.content)) return null;
  const text = message.content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  return text === '' ? 'help' : text;
}

const MESSAGE_FAILED = 'Something went wrong answering that; the moderators have been told in the logs.';

/**
 * Mentions and direct messages: the text goes through the core like any chat message. Bots
 * (including this one) are ignored, so two bots can never answer each other forever.
 */
export async function handleDiscordMessage(message: Message, deps: DiscordBotDeps): Promise<void> {
  const botId = deps.client.user?.id;
  if (message.author.bot || message.system || !botId) return;
  const text = addressedText(message, botId);
  if (text === null) return;
  let answered = false;
  try {
    // roles come with the member in guild messages; a DM has none, so no moderation from DMs
    const isModerator = isDiscordModerator(message.member, deps.moderatorRoleId);
    const catalog = await deps.loadCatalog();
    const reply = await handleChatMessage({ text, actor: discordActor(message.author), isModerator }, { catalog, now: deps.now(), moderation: deps.moderation });
    await replyToMessage(message, reply, deps.pages);
    answered = true;
    const command = isModerator ? parseChatCommand(text) : null;
    if (command && 'draftId' in command) await syncDraftCard(deps, command.draftId);
  } catch (error) {
    deps.logger.error({ messageId: message.id, ...describeError(error) }, 'answering a Discord message failed');
    // the asker would otherwise wait for an answer that never comes; once answered, the log is enough
    if (!answered) await message.reply({ content: MESSAGE_FAILED, allowedMentions: { parse: [], repliedUser: false } }).catch((e: unknown) => deps.logger.warn({ messageId: message.id, ...describeError(e) }, 'apology not sent'));
  }
}
