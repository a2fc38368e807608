import type { ButtonInteraction } from 'discord.js';
import type { DiscordBotDeps } from './discord-bot-deps.js';
import type { ParsedCustomId } from './discord-custom-id.js';
import { renderDiscord } from './render-discord.js';
import { replyEphemeral } from './reply-ephemeral.js';

/** Prev/Next on a long answer: `nb:page:<key>:<page>:<tag>`; the reply is found in the page cache. */
export async function handlePageButton(i: ButtonInteraction, id: ParsedCustomId, deps: DiscordBotDeps): Promise<void> {
  const [key, pageArg] = id.args;
  const reply = key ? deps.pages.get(key) : null;
  if (!reply) return replyEphemeral(i, 'This answer is no longer in my memory; please ask the question again.');
  const pages = renderDiscord(reply, { pageKey: key });
  const n = Math.min(Math.max(0, Number(pageArg) || 0), pages.length - 1);
  await i.update(pages[n]!);
}
