import { describeError } from '../describe-error.js';
import type { webApi } from '@slack/bolt';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import { draftCardReply } from '../../core/moderation/draft-card-reply.js';
import type { Moderation } from '../../core/moderation/moderation-port.js';
import type { Logger } from '../../logger.js';
import { cardStamp, type DraftCardPosts } from '../../store/draft-card-posts.js';
import { createKeyedQueue } from '../keyed-queue.js';
import { syncCardLists } from '../sync-card-lists.js';
import { renderSlack } from './render-slack.js';

export interface DraftCardsDeps {
  client: webApi.WebClient;
  /** the Slack card records (chat_posts), shared with the bot's context */
  posts: DraftCardPosts;
  moderation: Moderation;
  loadCatalog: () => Promise<CatalogSnapshot>;
  channel: string;
  now: () => Date;
  logger: Logger;
}

export type CardOutcome = { ok: true; channel: string; ts: string; action: 'posted' | 'updated' | 'unchanged' } | { ok: false; message: string };

export interface DraftCards {
  /** posts the draft's card to the moderators' channel, or updates it when it was posted before */
  postDraftCard(draftId: number): Promise<CardOutcome>;
  /** re-renders the card (chat.update) after an edit or a decision taken anywhere */
  refreshDraftCard(draftId: number): Promise<CardOutcome>;
  /** posts cards for new pending drafts and updates stale ones; returns what it did */
  syncDraftCards(): Promise<{ posted: number; updated: number }>;
}

/** Draft cards in the moderators' channel, remembered in chat_posts so every decision updates them. */
export function createDraftCards(deps: DraftCardsDeps): DraftCards {
  const { posts } = deps;
  // one card operation per draft at a time, so two triggers never post the same card twice
  const queue = createKeyedQueue();

  const render = async (draftId: number) => {
    const draft = await deps.moderation.getDraft(draftId);
    if (!draft) return null;
    return { draft, message: renderSlack(draftCardReply(draft, await deps.loadCatalog())) };
  };

  const publish = (draftId: number, mode: 'post' | 'refresh'): Promise<CardOutcome> =>
    queue.run(draftId, async (): Promise<CardOutcome> => {
      const rendered = await render(draftId);
      if (!rendered) return { ok: false, message: `There is no draft ${draftId}.` };
      const { draft, message } = rendered;
      const stamp = cardStamp(draft);
      const post = await posts.get(draftId);
      if (post) {
        const { channelId: channel, messageId: ts } = post;
        if (mode === 'post' && post.renderedVersion === stamp) return { ok: true, channel, ts, action: 'unchanged' };
        await deps.client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
        await posts.markRendered(draftId, stamp);
        deps.logger.info({ draftId, channel, ts, status: draft.status }, 'draft card updated');
        return { ok: true, channel, ts, action: 'updated' };
      }
      if (mode === 'refresh') return { ok: false, message: `Draft ${draftId} has no card in Slack yet.` };
      const res = await deps.client.chat.postMessage({ channel: deps.channel, text: message.text, blocks: message.blocks, unfurl_links: false });
      const channel = res.channel ?? deps.channel;
      if (!res.ts) return { ok: false, message: `Slack did not return a timestamp for draft ${draftId}'s card.` };
      await posts.save({ draftId, channelId: channel, messageId: res.ts, postedAt: deps.now().toISOString(), renderedVersion: stamp });
      deps.logger.info({ draftId, channel, ts: res.ts }, 'draft card posted');
      return { ok: true, channel, ts: res.ts, action: 'posted' };
    });

  return {
    postDraftCard: (draftId) => publish(draftId, 'post'),
    refreshDraftCard: (draftId) => publish(draftId, 'refresh'),
    async syncDraftCards() {
      // one failing card (deleted message, channel archived) must not stop the others
      const attempt = (id: number, mode: 'post' | 'refresh') =>
        publish(id, mode).catch((error: unknown): CardOutcome => {
          deps.logger.warn({ draftId: id, ...describeError(error) }, 'draft card could not be published');
          return { ok: false, message: (error as Error).message };
        });
      return syncCardLists({
        unposted: await posts.unposted(),
        stale: await posts.stale(),
        post: async (id) => (await attempt(id, 'post')).ok,
        refresh: async (id) => {
          const out = await attempt(id, 'refresh');
          return out.ok && out.action === 'updated';
        },
      });
    },
  };
}
