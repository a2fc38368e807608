import type { AutocompleteInteraction } from 'discord.js';
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { CatalogSnapshot } from '../../../core/catalog/catalog-snapshot.js';
import { searchAgreements, searchElements } from '../../../core/desk/search-catalog.js';
import type { DiscordBotDeps } from '../discord-bot-deps.js';
import { DESK_COMMAND, NORMS_COMMAND } from '../discord-commands.js';
import { DISCORD_LIMITS } from '../render/discord-limits.js';
import { truncateText } from '../render/split-text.js';

type Choice = APIApplicationCommandOptionChoice<string>;

const L = DISCORD_LIMITS;

/**
 * Choices as the user types, searched over the whole catalog and ranked by name match (the same
 * ranking as Slack's merge search): agreements for `/norms agreement` and `/desk merge`, norm
 * elements for `/norms element`; at most 25, Discord's cap. The value is the id.
 */
export function searchChoices(command: string, subcommand: string, typed: string, catalog: CatalogSnapshot): Choice[] {
  if ((command === NORMS_COMMAND && subcommand === 'agreement') || (command === DESK_COMMAND && subcommand === 'merge')) {
    return searchAgreements(typed, catalog, L.autocompleteChoices).map((a) => ({ name: truncateText(`${a.name} (${a.id})`, L.choiceName), value: String(a.id) }));
  }
  if (command === NORMS_COMMAND && subcommand === 'element') {
    return searchElements(typed, catalog, L.autocompleteChoices).map((e) => ({ name: truncateText(`${e.id} ${e.name}`, L.choiceName), value: e.id }));
  }
  return [];
}

/** An autocomplete request: answered with the ranked choices (nothing changes, so no role check). */
export async function handleMergeSearch(i: AutocompleteInteraction, deps: DiscordBotDeps): Promise<void> {
  const focused = i.options.getFocused(true);
  await i.respond(searchChoices(i.commandName, i.options.getSubcommand(false) ?? '', String(focused.value), await deps.loadCatalog()));
}
