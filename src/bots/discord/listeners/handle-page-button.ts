import type { ButtonInteraction } from 'discord.js';
import type { DiscordBotDeps } from '../discord-bot-deps.js';
import type { ParsedCustomId } from '../render/discord-custom-id.js';
import { renderDiscord } from '../render/render-discord.js';
import { tellUser } from './tell-user.js';

export const NOT_YOUR_PAGES = 'Only the person who asked can turn these pages; ask the question yourself to get your own copy.';

/**
 * Prev/Next on a long answer: `nb:page:<key>:<page>:<tag>:<asker>`; the reply is found in the page
 * cache. Only the asker turns the pages: a public answer must not change under someone reading it.
 */
export async function handlePageButton(i: ButtonInteraction, id: ParsedCustomId, deps: DiscordBotDeps): Promise<void> {
  const [key, pageArg, , owner] = id.args;
  if (owner !== i.user.id) {
    deps.logger.info({ userId: i.user.id }, 'refused: page turn by someone other than the asker');
    return tellUser(i, NOT_YOUR_PAGES);
  }
  const reply = key ? deps.pages.get(key) : null;
  if (!reply) return tellUser(i, 'This answer is no longer in my memory; please ask the question again.');
  const pages = renderDiscord(reply, { pageKey: key, owner });
  const n = Math.min(Math.max(0, Number(pageArg) || 0), pages.length - 1);
  await i.update(pages[n]!);
}
