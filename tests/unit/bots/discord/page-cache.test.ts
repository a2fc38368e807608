import { describe, expect, it } from 'vitest';
import { createPageCache } from '../../../../src/bots/discord/page-cache.js';
import type { Reply } from '../../../../src/core/reply/reply.js';

const reply = (text: string): Reply => ({ intent: 't', text, blocks: [], agreements: [], norms: [], ephemeral: false });

describe('page cache', () => {
  it('returns a stored reply by key', () => {
    const cache = createPageCache();
    cache.put('k', reply('a'));
    expect(cache.get('k')?.text).toBe('a');
    expect(cache.get('other')).toBeNull();
  });

  it('keeps a reply exactly its time to live, then forgets it', () => {
    let t = 0;
    const cache = createPageCache({ ttlMs: 1000, now: () => t });
    cache.put('k', reply('a'));
    t = 1000;
    expect(cache.get('k')?.text).toBe('a');
    t = 1001;
    expect(cache.get('k')).toBeNull();
    t = 0;
    expect(cache.get('k')).toBeNull(); // forgotten, not just hidden
  });

  it('keeps replies for an hour by default', () => {
    let t = 0;
    const cache = createPageCache({ now: () => t });
    cache.put('k', reply('a'));
    t = 60 * 60_000;
    expect(cache.get('k')?.text).toBe('a');
    t += 1;
    expect(cache.get('k')).toBeNull();
  });

  it('holds up to max replies and drops the oldest beyond that', () => {
    const cache = createPageCache({ max: 2 });
    cache.put('a', reply('a'));
    cache.put('b', reply('b'));
    expect(cache.get('a')?.text).toBe('a');
    cache.put('c', reply('c'));
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')?.text).toBe('b');
    expect(cache.get('c')?.text).toBe('c');
  });

  it('counts a stored-again key as the newest', () => {
    const cache = createPageCache({ max: 2 });
    cache.put('a', reply('a'));
    cache.put('b', reply('b'));
    cache.put('a', reply('a2'));
    cache.put('c', reply('c'));
    expect(cache.get('b')).toBeNull();
    expect(cache.get('a')?.text).toBe('a2');
  });
});
