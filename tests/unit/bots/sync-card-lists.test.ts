import { describe, expect, it } from 'vitest';
import { syncCardLists } from '../../../src/bots/sync-card-lists.js';

describe('syncCardLists', () => {
  it('posts the unposted cards before refreshing the stale ones', async () => {
    const calls: string[] = [];
    await syncCardLists({
      unposted: [3, 4],
      stale: [1],
      post: async (id) => (calls.push(`post ${id}`), true),
      refresh: async (id) => (calls.push(`refresh ${id}`), true),
    });
    expect(calls).toEqual(['post 3', 'post 4', 'refresh 1']);
  });

  it('counts only the cards that were posted or updated', async () => {
    const out = await syncCardLists({
      unposted: [1, 2, 3],
      stale: [4, 5],
      post: async (id) => id !== 2,
      refresh: async (id) => id === 5,
    });
    expect(out).toEqual({ posted: 2, updated: 1 });
  });
});
