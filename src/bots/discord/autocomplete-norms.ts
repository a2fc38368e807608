import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import { normalizeText } from '../../core/text/normalize-text.js';
import { findAgreements } from '../../core/text/find-agreements.js';
import { findElements } from '../../core/text/find-elements.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { truncateText } from './split-text.js';

type Choice = APIApplicationCommandOptionChoice<string>;

/**
 * Choices for `/norms agreement name:` and `/norms element name:` as the user types: prefix and
 * substring hits first, then fuzzy matches from the shared matcher, at most 25 (Discord's cap).
 * The value is the id (agreement number, element id such as "2.1"); the name is what is shown.
 */
export function autocompleteNorms(subcommand: string, typed: string, catalog: CatalogSnapshot): Choice[] {
  const query = normalizeText(typed);
  if (subcommand === 'agreement') {
    const items = catalog.agreements.map((a) => ({ value: String(a.id), name: a.name, keys: [a.name, ...a.aliases] }));
    const fuzzy = query === '' ? [] : findAgreements(typed, catalog).map((m) => String(m.agreement.id));
    return rank(items, query, fuzzy);
  }
  if (subcommand === 'element') {
    const items = catalog.elements.map((e) => ({ value: e.id, name: `${e.id} ${e.name}`, keys: [e.id, e.name, e.seedLabel, ...e.synonyms] }));
    const fuzzy = query === '' ? [] : findElements(typed, catalog).map((m) => m.element.id);
    return rank(items, query, fuzzy);
  }
  return [];
}

function rank(items: Array<{ value: string; name: string; keys: string[] }>, query: string, fuzzy: string[]): Choice[] {
  const score = (keys: string[]) => {
    const norm = keys.map(normalizeText);
    if (query === '') return 1;
    // a word that starts with what was typed ("paris" -> "The Paris Call") beats a match inside a word
    if (norm.some((k) => k.startsWith(query) || k.includes(` ${query}`))) return 3;
    if (norm.some((k) => k.includes(query))) return 2;
    return 0;
  };
  const scored = items.map((item, order) => ({ item, order, score: Math.max(score(item.keys), fuzzy.includes(item.value) ? 1 : 0) }));
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map(({ item }) => ({ name: truncateText(item.name, DISCORD_LIMITS.choiceName), value: item.value }));
}
