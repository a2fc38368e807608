import path from 'node:path';
import { createDeskEvents, type DeskEvent } from '../../src/core/desk/desk-event.js';
import type { Actor } from '../../src/core/moderation/draft.js';
import { createModeration } from '../../src/core/moderation/create-moderation.js';
import type { Moderation } from '../../src/core/moderation/moderation-port.js';
import { createModerationStore } from '../../src/store/moderation-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { makeTempDir } from './make-temp-dir.js';

export const alice: Actor = { platform: 'slack', id: 'U0ALICE', name: 'Alice' };
export const bob: Actor = { platform: 'discord', id: '4242', name: 'Bob' };

export interface ModerationFixture {
  store: Store;
  moderation: Moderation;
  /** every desk event the fixture's moderation emitted, in order */
  events: DeskEvent[];
  clock: { now: () => Date; advance: (ms: number) => void };
  cleanup: () => Promise<void>;
}

/** A real SQLite file in a temp folder, migrated and seeded from data/, with a settable clock and the desk events recorded. */
export async function openModerationFixture(start = '2026-11-23T10:00:00.000Z'): Promise<ModerationFixture> {
  const tmp = await makeTempDir('normbot-moderation-');
  let t = Date.parse(start);
  const clock = { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
  const store = await openStore(path.join(tmp.dir, 'normbot.sqlite'), { now: clock.now });
  const events: DeskEvent[] = [];
  const hub = createDeskEvents();
  hub.subscribe((e) => events.push(e));
  const moderation = createModeration({ store: createModerationStore(store, clock.now), now: clock.now, events: hub });
  return {
    store,
    moderation,
    events,
    clock,
    cleanup: async () => {
      await store.close();
      await tmp.cleanup();
    },
  };
}
