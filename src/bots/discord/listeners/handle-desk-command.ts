import type { ChatInputCommandInteraction } from 'discord.js';
import { handleChatMessage } from '../../../core/chat/handle-chat-message.js';
import { discordActor } from '../discord-actor.js';
import type { DiscordBotDeps } from '../discord-bot-deps.js';
import { isDiscordModerator } from '../is-discord-moderator.js';
import { EPHEMERAL, sendAnswer } from './send-answer.js';
import { tellUser } from './tell-user.js';

const SUBCOMMANDS = ['drafts', 'digest', 'unsorted', 'merge', 'export'];

/**
 * `/desk drafts|digest|unsorted|merge|export`: the moderators' command (Discord shows it to members
 * who may manage messages; the role is checked here all the same). Answers are private. `merge`
 * takes the agreement chosen by autocomplete over the whole catalog; `export` attaches the file.
 */
export async function handleDeskCommand(i: ChatInputCommandInteraction, deps: DiscordBotDeps): Promise<void> {
  const sub = i.options.getSubcommand(false) ?? '';
  if (!SUBCOMMANDS.includes(sub)) return tellUser(i, 'I do not know that command; try /desk drafts.');
  if (!isDiscordModerator(i.member, deps.moderatorRoleId)) {
    deps.logger.info({ userId: i.user.id, command: sub }, 'refused: not a moderator');
    return tellUser(i, 'Only moderators can use /desk. You can ask me about the norms catalog with /norms ask.');
  }
  await i.deferReply({ flags: EPHEMERAL });
  const actor = discordActor(i.user);
  if (sub === 'merge') {
    const draftId = i.options.getInteger('draft', true);
    const agreementId = Number(i.options.getString('agreement', true));
    if (!Number.isSafeInteger(agreementId) || agreementId <= 0) return tellUser(i, 'Choose the agreement from the list that appears as you type its name.');
    return tellUser(i, (await deps.moderation.merge(draftId, actor, agreementId)).message);
  }
  const text = sub === 'export' ? exportCommand(i) : sub;
  const { reply } = await handleChatMessage({ text, actor, isModerator: true }, { catalog: await deps.loadCatalog(), now: deps.now(), moderation: deps.moderation });
  await sendAnswer({ command: i }, reply, deps);
}

/**
 * The chat command "export csv since 2026-01-01", as moderators type it in Slack or the terminal
 * (the core picks the default format and reads the date); written with its slash so that a
 * malformed date is answered with the command's usage.
 */
function exportCommand(i: ChatInputCommandInteraction): string {
  const format = i.options.getString('format');
  const since = i.options.getString('since');
  return ['/export', ...(format ? [format] : []), ...(since ? ['since', since] : [])].join(' ');
}
