import type { Interaction } from 'discord.js';
import type { DiscordBotDeps } from './discord-bot-deps.js';
import { describeError } from '../describe-error.js';
import { autocompleteNorms } from './autocomplete-norms.js';
import { parseCustomId } from './discord-custom-id.js';
import { handleDraftComponent, refuseUnknown } from './handle-draft-component.js';
import { handleNormsCommand } from './handle-norms-command.js';
import { handlePageButton } from './handle-page-button.js';
import { NORMS_COMMAND } from './norms-command.js';
import { replyEphemeral } from './reply-ephemeral.js';

/**
 * Every interaction Discord sends: slash command, autocomplete, button, select menu, modal.
 * Never throws: a failure is logged with the interaction id and the user gets a private apology.
 */
export async function handleDiscordInteraction(i: Interaction, deps: DiscordBotDeps): Promise<void> {
  try {
    if (i.isAutocomplete()) {
      const focused = i.options.getFocused(true);
      const choices = i.commandName === NORMS_COMMAND ? autocompleteNorms(i.options.getSubcommand(false) ?? '', String(focused.value), await deps.loadCatalog()) : [];
      await i.respond(choices);
      return;
    }
    if (i.isChatInputCommand()) {
      if (i.commandName === NORMS_COMMAND) return await handleNormsCommand(i, deps);
      deps.logger.warn({ command: i.commandName }, 'unknown slash command');
      return await replyEphemeral(i, 'I do not know this command; try /norms ask.');
    }
    if (i.isButton() || i.isStringSelectMenu() || i.isModalSubmit()) {
      const id = parseCustomId(i.customId);
      if (id === null) return await refuseUnknown(i, deps);
      if (id.verb === 'page') return i.isButton() ? await handlePageButton(i, id, deps) : await refuseUnknown(i, deps);
      return await handleDraftComponent(i, id, deps);
    }
    deps.logger.info({ interactionId: i.id, type: i.type }, 'ignored interaction type');
  } catch (error) {
    deps.logger.error({ interactionId: i.id, ...describeError(error) }, 'Discord interaction failed');
    const sorry = 'Something went wrong on my side and nothing was changed; please try again.';
    // a deferred command shows "thinking..." until edited; a deferred click must keep its card
    if (i.isChatInputCommand() && i.deferred && !i.replied) await i.editReply({ content: sorry, embeds: [], components: [], allowedMentions: { parse: [] } }).catch(() => undefined);
    else if (i.isRepliable()) await replyEphemeral(i, sorry).catch(() => undefined);
  }
}
