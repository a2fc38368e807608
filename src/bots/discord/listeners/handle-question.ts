import type { ChatInputCommandInteraction, Message } from 'discord.js';
import type { CatalogSnapshot } from '../../../core/catalog/catalog-snapshot.js';
import { handleChatMessage } from '../../../core/chat/handle-chat-message.js';
import { parseChatCommand } from '../../../core/chat/parse-chat-command.js';
import { subjectKey } from '../../../core/desk/card-subject.js';
import { withFeedbackActions } from '../../../core/feedback/feedback-actions.js';
import { describeError } from '../../../errors.js';
import { discordActor } from '../discord-actor.js';
import type { DiscordBotDeps } from '../discord-bot-deps.js';
import { isDiscordModerator } from '../is-discord-moderator.js';
import { EPHEMERAL, sendAnswer, type AnswerTarget } from './send-answer.js';
import { tellUser } from './tell-user.js';

const SUBCOMMANDS = ['ask', 'agreement', 'element'];
const MESSAGE_FAILED = 'Something went wrong answering that; the moderators have been told in the logs.';

/** The text of a message addressed to the bot, without the bot's own mention; null when not addressed. */
export function addressedText(message: Pick<Message, 'content' | 'guildId'>, botId: string): string | null {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  const isDm = message.guildId === null;
  if (!isDm && !mention.test(message.content)) return null;
  const text = message.content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  return text === '' ? 'help' : text;
}

/**
 * Asks the core and sends the answer, with 👍/👎 buttons; what a moderator's typed command touched
 * is logged. The channel (a DM is one too) is the conversation a follow-up continues.
 */
async function answer(deps: DiscordBotDeps, target: AnswerTarget, text: string, isModerator: boolean, catalog?: CatalogSnapshot): Promise<void> {
  const { user, channelId } = 'command' in target ? target.command : { user: target.message.author, channelId: target.message.channelId };
  const { answers } = deps;
  const ctx = { catalog: catalog ?? (await deps.loadCatalog()), now: deps.now(), moderation: deps.moderation, conversations: answers.conversations, feedback: answers.feedback };
  const { reply, touched } = await handleChatMessage({ text, actor: discordActor(user), isModerator, conversation: channelId }, ctx);
  await sendAnswer(target, withFeedbackActions(reply), deps);
  deps.logger.info({ userId: user.id, intent: reply.intent, ...(touched ? { subject: subjectKey(touched) } : {}) }, 'question answered');
}

/**
 * `/norms ask|agreement|element`: each becomes a chat message for the core, so Discord answers
 * exactly what Slack and the terminal answer. Deferred first: answering may take longer than
 * Discord's 3 seconds on a busy machine. A moderation command typed into /norms ask is answered
 * privately.
 */
export async function handleNormsCommand(i: ChatInputCommandInteraction, deps: DiscordBotDeps): Promise<void> {
  const sub = i.options.getSubcommand(false);
  if (sub === null || !SUBCOMMANDS.includes(sub)) {
    deps.logger.warn({ userId: i.user.id, sub }, 'unknown /norms subcommand');
    return tellUser(i, 'I do not know that command; try /norms ask.');
  }
  const typedCommand = sub === 'ask' && parseChatCommand(i.options.getString('question', true)) !== null;
  await i.deferReply(typedCommand ? { flags: EPHEMERAL } : {});
  const catalog = await deps.loadCatalog();
  await answer(deps, { command: i }, questionFor(i, sub, catalog), isDiscordModerator(i.member, deps.moderatorRoleId), catalog);
}

/** The chat text a subcommand stands for; autocomplete values are ids, typed text is taken as is. */
function questionFor(i: ChatInputCommandInteraction, sub: string, catalog: CatalogSnapshot): string {
  if (sub === 'ask') return i.options.getString('question', true);
  const name = i.options.getString('name', true).trim();
  if (sub === 'agreement') {
    const byId = /^\d+$/.test(name) ? catalog.agreementById.get(Number(name)) : undefined;
    return `What does the ${byId?.name ?? name} cover?`;
  }
  const byId = catalog.elementById.get(name);
  return byId ? `what is ${byId.id}?` : `Which agreements cover ${name}?`;
}

/**
 * Mentions and direct messages (their content arrives without the privileged Message Content
 * intent): through the core like any chat message. Bots (this one included) are ignored, so two
 * bots never answer each other forever. Roles come with the member in guild messages; a DM has
 * none, so nobody moderates from a DM.
 */
export async function handleMention(message: Message, deps: DiscordBotDeps): Promise<void> {
  const botId = deps.client.user?.id;
  if (message.author.bot || message.system || !botId) return;
  const text = addressedText(message, botId);
  if (text === null) return;
  try {
    await answer(deps, { message }, text, isDiscordModerator(message.member, deps.moderatorRoleId));
  } catch (error) {
    deps.logger.error({ messageId: message.id, ...describeError(error) }, 'answering a Discord message failed');
    await message.reply({ content: MESSAGE_FAILED, allowedMentions: { parse: [], repliedUser: false } }).catch((e: unknown) => deps.logger.warn({ messageId: message.id, ...describeError(e) }, 'apology not sent'));
  }
}
