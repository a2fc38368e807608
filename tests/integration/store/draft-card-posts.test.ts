import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardStamp, createDraftCardPosts, type DraftCardPost } from '../../../src/store/draft-card-posts.js';
import { insertDraft } from '../../helpers/draft-builder.js';
import { alice, openModerationFixture, type ModerationFixture } from '../../helpers/moderation-fixture.js';

let fx: ModerationFixture;
let draftId: number;

beforeEach(async () => {
  fx = await openModerationFixture();
  draftId = await insertDraft(fx.store.db);
});
afterEach(async () => {
  await fx.cleanup();
});

const aPost = (overrides: Partial<DraftCardPost> = {}): DraftCardPost => ({
  draftId,
  channelId: 'C0MODS',
  messageId: '1700000000.000100',
  postedAt: '2026-11-23T10:00:00.000Z',
  renderedVersion: cardStamp({ version: 1, status: 'pending' }),
  ...overrides,
});

const rejectDraft = async () => {
  const result = await fx.moderation.reject(draftId, alice, 'duplicate of an existing agreement');
  if (!result.ok) throw new Error(result.message);
  return result.draft;
};

describe('createDraftCardPosts', () => {
  it('lists a pending draft without a card as unposted', async () => {
    const posts = createDraftCardPosts(fx.store.db, 'slack');
    expect(await posts.unposted()).toEqual([draftId]);
    expect(await posts.get(draftId)).toBeNull();
  });

  it('stops listing a draft as unposted once its card is saved', async () => {
    const posts = createDraftCardPosts(fx.store.db, 'slack');
    await posts.save(aPost());
    expect(await posts.unposted()).toEqual([]);
    expect(await posts.get(draftId)).toEqual(aPost());
    expect(await posts.stale()).toEqual([]);
  });

  it('lists a card as stale once its draft is decided elsewhere', async () => {
    const posts = createDraftCardPosts(fx.store.db, 'slack');
    await posts.save(aPost());
    const decided = await rejectDraft();
    expect(decided.version).toBe(1);
    expect(await posts.stale()).toEqual([draftId]);
  });

  it('stops listing a card as stale after it is marked rendered with the new stamp', async () => {
    const posts = createDraftCardPosts(fx.store.db, 'slack');
    await posts.save(aPost());
    const decided = await rejectDraft();
    await posts.markRendered(draftId, cardStamp(decided));
    expect(await posts.stale()).toEqual([]);
    expect((await posts.get(draftId))?.renderedVersion).toBe(cardStamp(decided));
  });

  it('keeps Slack and Discord cards of the same draft independent', async () => {
    const slack = createDraftCardPosts(fx.store.db, 'slack');
    const discord = createDraftCardPosts(fx.store.db, 'discord');
    await slack.save(aPost());
    expect(await discord.unposted()).toEqual([draftId]);
    expect(await discord.get(draftId)).toBeNull();
    await discord.save(aPost({ channelId: '1100', messageId: '2200' }));
    const decided = await rejectDraft();
    await discord.markRendered(draftId, cardStamp(decided));
    expect(await discord.stale()).toEqual([]);
    expect(await slack.stale()).toEqual([draftId]);
    expect(await slack.get(draftId)).toMatchObject({ channelId: 'C0MODS', messageId: '1700000000.000100' });
  });

  it('keeps the first posted_at when a card is saved again', async () => {
    const posts = createDraftCardPosts(fx.store.db, 'discord');
    await posts.save(aPost());
    await posts.save(aPost({ messageId: '3300', postedAt: '2026-11-24T08:00:00.000Z', renderedVersion: 11 }));
    expect(await posts.get(draftId)).toEqual(aPost({ messageId: '3300', renderedVersion: 11 }));
  });
});

describe('cardStamp', () => {
  it('changes when a decision leaves the version as it was', () => {
    expect(cardStamp({ version: 2, status: 'pending' })).not.toBe(cardStamp({ version: 2, status: 'approved' }));
  });
});
