import { Routes, type RESTPostAPIChannelMessageResult } from 'discord.js';
import { draftCardReply } from '../../core/moderation/draft-card-reply.js';
import type { DiscordBotDeps } from './discord-bot-deps.js';
import { renderDiscord } from './render-discord.js';
import { toRestMessage } from './to-rest-message.js';

type CardDeps = Pick<DiscordBotDeps, 'client' | 'moderation' | 'loadCatalog' | 'cardPosts' | 'moderationChannelId' | 'now' | 'logger'>;

export type CardOutcome = 'posted' | 'updated' | 'not-posted' | 'not-found' | 'no-channel' | 'failed';

async function renderCard(deps: CardDeps, draftId: number) {
  const draft = await deps.moderation.getDraft(draftId);
  if (!draft) return null;
  const pages = renderDiscord(draftCardReply(draft, await deps.loadCatalog()));
  // a card is bounded by draftCardReply's clipping; if it ever were not, the first page still decides
  if (pages.length > 1) deps.logger.warn({ draftId, pages: pages.length }, 'draft card longer than one page');
  return { draft, page: pages[0]! };
}

/**
 * Re-renders the draft's Discord card from the store, wherever the decision was taken (Discord,
 * Slack, the terminal): idempotent, so callers may run it after any moderation change.
 */
export async function syncDraftCard(deps: CardDeps, draftId: number): Promise<CardOutcome> {
  const post = await deps.cardPosts.get(draftId);
  if (!post) return 'not-posted';
  const card = await renderCard(deps, draftId);
  if (!card) return 'not-found';
  try {
    await deps.client.rest.patch(Routes.channelMessage(post.channelId, post.messageId), { body: toRestMessage(card.page) });
  } catch (error) {
    deps.logger.error({ draftId, channelId: post.channelId, messageId: post.messageId, err: error }, 'updating the Discord draft card failed');
    return 'failed';
  }
  await deps.cardPosts.markRendered(draftId, card.draft.version);
  return 'updated';
}

/** Posts the draft's card to the moderators' channel once; later calls update it instead. */
export async function postDraftCard(deps: CardDeps, draftId: number): Promise<CardOutcome> {
  if (await deps.cardPosts.get(draftId)) return syncDraftCard(deps, draftId);
  if (!deps.moderationChannelId) return 'no-channel';
  const card = await renderCard(deps, draftId);
  if (!card) return 'not-found';
  let message: RESTPostAPIChannelMessageResult;
  try {
    message = (await deps.client.rest.post(Routes.channelMessages(deps.moderationChannelId), { body: toRestMessage(card.page) })) as RESTPostAPIChannelMessageResult;
  } catch (error) {
    deps.logger.error({ draftId, channelId: deps.moderationChannelId, err: error }, 'posting the Discord draft card failed');
    return 'failed';
  }
  await deps.cardPosts.save({ draftId, channelId: deps.moderationChannelId, messageId: message.id, postedAt: deps.now().toISOString(), renderedVersion: card.draft.version });
  deps.logger.info({ draftId, messageId: message.id }, 'draft card posted to Discord');
  return 'posted';
}

/** Posts a card for every pending draft that has none yet (after intake, or at start-up). */
export async function postPendingDraftCards(deps: CardDeps): Promise<number> {
  let posted = 0;
  for (const draftId of await deps.cardPosts.unposted()) {
    if ((await postDraftCard(deps, draftId)) === 'posted') posted++;
  }
  return posted;
}
