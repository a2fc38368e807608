import { Events, type Client, type Interaction } from 'discord.js';
import { describeError } from '../../../errors.js';
import type { DiscordBotDeps } from '../discord-bot-deps.js';
import { DESK_COMMAND, NORMS_COMMAND } from '../discord-commands.js';
import { parseCustomId } from '../render/discord-custom-id.js';
import { handleCardAction, refuseUnknown } from './handle-card-action.js';
import { handleDeskCommand } from './handle-desk-command.js';
import { handleFormSubmission } from './handle-form-submission.js';
import { handleMention, handleNormsCommand } from './handle-question.js';
import { handleMergeSearch } from './handle-merge-search.js';
import { handlePageButton } from './handle-page-button.js';
import { tellUser } from './tell-user.js';

const SORRY = 'Something went wrong on my side and nothing was changed; please try again.';

/**
 * Every interaction Discord sends: slash command, autocomplete, button, select menu, modal.
 * Never throws: a failure is logged with the interaction id and the user gets a private apology.
 */
export async function handleInteraction(i: Interaction, deps: DiscordBotDeps): Promise<void> {
  try {
    if (i.isAutocomplete()) return await handleMergeSearch(i, deps);
    if (i.isChatInputCommand()) {
      if (i.commandName === NORMS_COMMAND) return await handleNormsCommand(i, deps);
      if (i.commandName === DESK_COMMAND) return await handleDeskCommand(i, deps);
      deps.logger.warn({ command: i.commandName }, 'unknown slash command');
      return await tellUser(i, 'I do not know this command; try /norms ask.');
    }
    if (i.isButton() || i.isStringSelectMenu() || i.isModalSubmit()) {
      const id = parseCustomId(i.customId);
      if (id === null) return await refuseUnknown(i, deps);
      if (id.verb === 'page') return i.isButton() ? await handlePageButton(i, id, deps) : await refuseUnknown(i, deps);
      if (i.isModalSubmit()) return await handleFormSubmission(i, id, deps);
      return await handleCardAction(i, id, deps);
    }
    deps.logger.info({ interactionId: i.id, type: i.type }, 'ignored interaction type');
  } catch (error) {
    deps.logger.error({ interactionId: i.id, ...describeError(error) }, 'Discord interaction failed');
    // a deferred command shows "thinking..." until edited; a deferred click must keep its card
    if (i.isChatInputCommand() && i.deferred && !i.replied) await i.editReply({ content: SORRY, embeds: [], components: [], allowedMentions: { parse: [] } }).catch(() => undefined);
    else if (i.isRepliable()) await tellUser(i, SORRY).catch(() => undefined);
  }
}

/** Wires the client's events to the handlers; `track` receives each handler's run (for idle/stop). */
export function registerListeners(client: Client, deps: DiscordBotDeps, track: (work: Promise<void>) => void): void {
  client.on(Events.InteractionCreate, (i) => track(handleInteraction(i, deps)));
  client.on(Events.MessageCreate, (m) => track(handleMention(m, deps)));
  client.on(Events.Error, (err) => deps.logger.error(describeError(err), 'Discord client error'));
}
