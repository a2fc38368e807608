import { describe, expect, it } from 'vitest';
import { createPageCache } from '../../../../src/bots/discord/page-cache.js';
import type { Reply } from '../../../../src/core/reply/reply.js';

const reply = (text: string): Reply => ({ intent: 't', text, blocks: [], agreements: [], norms: [], ephemeral: false });

describe('page cache', () => {
  it('returns a stored reply by key', () => {
    const cache = createPageCache();
    cache.put('k', reply('a'));
    expect(cache.get('k')?.text).toBe('a');
  });

  it('forgets a reply after its time to live', () => {
    let t = 0;
    const cache = createPageCache({ ttlMs: 1000, now: () => t });
    cache.put('k', reply('a'));
    t = 1001;
    expect(cache.get('k')).toBeNull();
  });

  it('drops the oldest reply when full', () => {
    const cache = createPageCache({ max: 2 });
    cache.put('a', reply('a'));
    cache.put('b', reply('b'));
    cache.put('c', reply('c'));
    expect(cache.get('a')).toBeNull();
    expect(cache.get('c')?.text).toBe('c');
  });
});
