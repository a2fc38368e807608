import { Routes, type RESTPostAPIChannelMessageResult } from 'discord.js';
import { draftCardReply } from '../../core/moderation/draft-card-reply.js';
import { describeError } from '../describe-error.js';
import { syncCardLists } from '../sync-card-lists.js';
import type { DiscordBotDeps } from './discord-bot-deps.js';
import { cardStamp } from '../../store/draft-card-posts.js';
import { renderDiscord } from './render-discord.js';
import { toRestMessage } from './to-rest-message.js';

export type CardDeps = Pick<DiscordBotDeps, 'client' | 'moderation' | 'loadCatalog' | 'cardPosts' | 'cardQueue' | 'moderationChannelId' | 'now' | 'logger'>;

export type CardOutcome = 'posted' | 'updated' | 'not-posted' | 'not-found' | 'no-channel' | 'failed';

async function renderCard(deps: CardDeps, draftId: number) {
  const draft = await deps.moderation.getDraft(draftId);
  if (!draft) return null;
  const pages = renderDiscord(draftCardReply(draft, await deps.loadCatalog()));
  // draftCardReply clips every field, so a card fits one page; if it ever did not, the first page holds the actions
  if (pages.length > 1) deps.logger.warn({ draftId, pages: pages.length }, 'draft card longer than one page');
  return { draft, page: pages[0]! };
}

async function updateCard(deps: CardDeps, draftId: number): Promise<CardOutcome> {
  const post = await deps.cardPosts.get(draftId);
  if (!post) return 'not-posted';
  const card = await renderCard(deps, draftId);
  if (!card) return 'not-found';
  try {
    await deps.client.rest.patch(Routes.channelMessage(post.channelId, post.messageId), { body: toRestMessage(card.page) });
  } catch (error) {
    deps.logger.error({ draftId, channelId: post.channelId, messageId: post.messageId, ...describeError(error) }, 'updating the Discord draft card failed');
    return 'failed';
  }
  await deps.cardPosts.markRendered(draftId, cardStamp(card.draft));
  return 'updated';
}

/**
 * Re-renders the draft's Discord card from the store, wherever the change was made (Discord,
 * Slack, the terminal, another process): idempotent, so callers may run it after any change.
 */
export function syncDraftCard(deps: CardDeps, draftId: number): Promise<CardOutcome> {
  return deps.cardQueue.run(draftId, () => updateCard(deps, draftId));
}

/** Posts the draft's card to the moderators' channel once; later calls update it instead. */
export function postDraftCard(deps: CardDeps, draftId: number): Promise<CardOutcome> {
  return deps.cardQueue.run(draftId, async () => {
    if (await deps.cardPosts.get(draftId)) return updateCard(deps, draftId);
    if (!deps.moderationChannelId) return 'no-channel';
    const card = await renderCard(deps, draftId);
    if (!card) return 'not-found';
    let message: RESTPostAPIChannelMessageResult;
    try {
      message = (await deps.client.rest.post(Routes.channelMessages(deps.moderationChannelId), { body: toRestMessage(card.page) })) as RESTPostAPIChannelMessageResult;
    } catch (error) {
      deps.logger.error({ draftId, channelId: deps.moderationChannelId, ...describeError(error) }, 'posting the Discord draft card failed');
      return 'failed';
    }
    await deps.cardPosts.save({ draftId, channelId: deps.moderationChannelId, messageId: message.id, postedAt: deps.now().toISOString(), renderedVersion: cardStamp(card.draft) });
    deps.logger.info({ draftId, messageId: message.id }, 'draft card posted to Discord');
    return 'posted';
  });
}

/**
 * Posts cards for new pending drafts and re-renders cards whose draft changed since (a decision
 * in Slack or the terminal). Run at start-up and on a timer; one failing card does not stop the rest.
 */
export async function syncDraftCards(deps: CardDeps): Promise<{ posted: number; updated: number }> {
  return syncCardLists({
    // without a moderators' channel there is nowhere to post, but cards posted before still refresh
    unposted: deps.moderationChannelId ? await deps.cardPosts.unposted() : [],
    stale: await deps.cardPosts.stale(),
    post: async (id) => (await postDraftCard(deps, id)) === 'posted',
    refresh: async (id) => (await syncDraftCard(deps, id)) === 'updated',
  });
}
