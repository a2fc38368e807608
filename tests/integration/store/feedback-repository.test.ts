import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewFeedback } from '../../../src/core/feedback/feedback.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { makeTempDir } from '../../helpers/make-temp-dir.js';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let store: Store;
beforeEach(async () => {
  tmp = await makeTempDir('normbot-feedback-');
  store = await openStore(path.join(tmp.dir, 'f.sqlite'));
});
afterEach(async () => {
  await store.close();
  await tmp.cleanup();
});

const entry = (over: Partial<NewFeedback> = {}): NewFeedback => ({
  at: '2026-11-23T12:00:00.000Z',
  verdict: 'down',
  comment: '',
  platform: 'slack',
  actorId: 'U1',
  conversation: 'C1:1700000000.0001',
  turnId: 't1',
  question: 'which agreements cover botnets?',
  context: [],
  readAs: 'Read as: botnets.',
  reading: { agreements: [], topics: [{ elements: ['5.5'], polarity: 'include', words: 'botnets' }], elementIds: ['5.5'], ggeLetters: [], parties: [], unknownNames: [], asks: ['forList'], followUp: false },
  intent: 'agreements-for-element',
  agreements: [{ id: '25', name: 'CSDE guide' }],
  ...over,
});

describe('feedback in SQLite', () => {
  it('keeps each verdict with its question, reading and answer, newest first', async () => {
    await store.feedback.record(entry());
    await store.feedback.record(entry({ at: '2026-11-23T12:05:00.000Z', turnId: 't2', question: 'only since 2018', context: ['which agreements cover botnets?'], verdict: 'wrong', comment: 'MANRS missing' }));
    const list = await store.feedback.list();
    expect(list.map((f) => f.question)).toEqual(['only since 2018', 'which agreements cover botnets?']);
    expect(list[0]).toMatchObject({ verdict: 'wrong', comment: 'MANRS missing', context: ['which agreements cover botnets?'] });
    expect(list[1]?.reading?.topics).toEqual([{ elements: ['5.5'], polarity: 'include', words: 'botnets' }]);
    expect(list[1]?.agreements).toEqual([{ id: '25', name: 'CSDE guide' }]);
  });

  it('replaces a person\'s earlier verdict on the same answer (a second click, a retried event)', async () => {
    await store.feedback.record(entry({ verdict: 'down' }));
    const again = await store.feedback.record(entry({ verdict: 'up', at: '2026-11-23T12:01:00.000Z' }));
    const list = await store.feedback.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: again.id, verdict: 'up' });
  });

  it('keeps verdicts of different people on the same answer apart', async () => {
    await store.feedback.record(entry({ actorId: 'U1' }));
    await store.feedback.record(entry({ actorId: 'U2', verdict: 'up' }));
    expect((await store.feedback.list()).map((f) => f.actorId).sort()).toEqual(['U1', 'U2']);
  });
});
