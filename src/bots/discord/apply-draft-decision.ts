import type { ButtonInteraction, ModalSubmitInteraction, StringSelectMenuInteraction } from 'discord.js';
import { draftCardReply } from '../../core/moderation/draft-card-reply.js';
import type { ModerationResult } from '../../core/moderation/moderation-port.js';
import type { DiscordBotDeps } from './discord-bot-deps.js';
import { cardStamp } from '../../store/draft-card-posts.js';
import { renderDiscord } from './render-discord.js';
import { replyEphemeral } from './reply-ephemeral.js';
import { syncDraftCard } from './sync-draft-card.js';

export type DecisionSource = ButtonInteraction | ModalSubmitInteraction | StringSelectMenuInteraction;

/**
 * Runs one moderation step for an interaction already acknowledged with deferUpdate, then shows
 * the outcome: the card the click came from is re-rendered (so it shows who decided), the channel
 * card is synced if it is another message, and the moderator gets a private line saying what
 * happened, or who was first when someone else decided.
 */
export async function applyDraftDecision(
  i: DecisionSource,
  deps: DiscordBotDeps,
  draftId: number,
  step: () => Promise<ModerationResult>,
  options: { sourceIsCard: boolean },
): Promise<void> {
  const result = await step();
  const draft = result.ok ? result.draft : 'draft' in result ? result.draft : null;
  deps.logger.info({ draftId, userId: i.user.id, outcome: result.ok ? 'ok' : result.code }, 'moderation step from Discord');
  if (draft) {
    const post = await deps.cardPosts.get(draftId);
    if (options.sourceIsCard && i.message) {
      const [page] = renderDiscord(draftCardReply(draft, await deps.loadCatalog()));
      await i.editReply(page!);
      if (post?.messageId === i.message.id) await deps.cardPosts.markRendered(draftId, cardStamp(draft));
    } else if (i.message) {
      // the private merge menu: replace it with the outcome so it cannot be used twice
      await i.editReply({ content: result.ok ? 'Done.' : 'Nothing changed.', components: [], allowedMentions: { parse: [] } });
    }
    if (post && post.messageId !== i.message?.id) await syncDraftCard(deps, draftId);
  }
  await replyEphemeral(i, result.message);
}
