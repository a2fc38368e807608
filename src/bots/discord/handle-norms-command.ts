import type { ChatInputCommandInteraction } from 'discord.js';
import { handleChatMessage } from '../../core/chat/handle-chat-message.js';
import { parseChatCommand } from '../../core/chat/parse-chat-command.js';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import { discordActor } from './discord-actor.js';
import type { DiscordBotDeps } from './discord-bot-deps.js';
import { isDiscordModerator } from './is-discord-moderator.js';
import { replyEphemeral } from './reply-ephemeral.js';
import { EPHEMERAL, editReplyWithReply } from './send-reply-pages.js';
import { syncDraftCard } from './sync-draft-card.js';

const SUBCOMMANDS = ['ask', 'agreement', 'element', 'drafts'];

/**
 * `/norms ask|agreement|element|drafts`: each becomes a chat message for the core, so Discord
 * answers exactly what Slack and the terminal answer. Deferred first: answering may take longer
 * than Discord's 3 seconds on a busy machine.
 */
export async function handleNormsCommand(i: ChatInputCommandInteraction, deps: DiscordBotDeps): Promise<void> {
  const sub = i.options.getSubcommand(false);
  if (sub === null || !SUBCOMMANDS.includes(sub)) {
    deps.logger.warn({ userId: i.user.id, sub }, 'unknown /norms subcommand');
    return replyEphemeral(i, 'I do not know that command; try /norms ask.');
  }
  const isModerator = isDiscordModerator(i.member, deps.moderatorRoleId);
  if (sub === 'drafts' && !isModerator) {
    deps.logger.info({ userId: i.user.id, command: 'drafts' }, 'refused: not a moderator');
    return replyEphemeral(i, 'Only moderators can list drafts. You can ask me about the norms catalog with /norms ask.');
  }
  // acknowledge before touching the store; moderation commands typed into /norms ask ("approve 12")
  // are answered privately, like /norms drafts
  const typedCommand = sub === 'ask' && parseChatCommand(i.options.getString('question', true)) !== null;
  await i.deferReply(sub === 'drafts' || typedCommand ? { flags: EPHEMERAL } : {});
  const catalog = await deps.loadCatalog();
  const text = questionFor(i, sub, catalog);
  const reply = await handleChatMessage(
    { text, actor: discordActor(i.user), isModerator },
    { catalog, now: deps.now(), moderation: deps.moderation },
  );
  await editReplyWithReply(i, reply, deps.pages);
  const command = isModerator ? parseChatCommand(text) : null;
  if (command && 'draftId' in command) await syncDraftCard(deps, command.draftId);
}

/** The chat text a subcommand stands for; autocomplete values are ids, typed text is taken as is. */
function questionFor(i: ChatInputCommandInteraction, sub: string | null, catalog: CatalogSnapshot): string {
  if (sub === 'drafts') return 'drafts';
  if (sub === 'ask') return i.options.getString('question', true);
  const name = i.options.getString('name', true).trim();
  if (sub === 'agreement') {
    const byId = /^\d+$/.test(name) ? catalog.agreementById.get(Number(name)) : undefined;
    return `What does the ${byId?.name ?? name} cover?`;
  }
  if (sub === 'element') {
    const byId = catalog.elementById.get(name);
    return byId ? `what is ${byId.id}?` : `Which agreements cover ${name}?`;
  }
  return name;
}
