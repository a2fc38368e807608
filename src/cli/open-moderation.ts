import { terminalActor } from '../bots/shell/terminal-actor.js';
import type { Actor } from '../core/moderation/draft.js';
import { createModeration } from '../core/moderation/create-moderation.js';
import type { Moderation } from '../core/moderation/moderation-port.js';
import { createModerationStore } from '../store/moderation-store.js';
import type { Store } from '../store/open-store.js';
import { UsageError, type CliIo } from './cli-io.js';
import { openCliStore } from './open-cli-store.js';

/** Runs fn with the store and the moderation use cases over it, closing the file afterwards. At the terminal the operator is the moderator. */
export async function withModeration<T>(dbFlag: string | undefined, io: CliIo, fn: (m: { store: Store; moderation: Moderation; actor: Actor }) => Promise<T>): Promise<T> {
  const store = await openCliStore(dbFlag, io);
  try {
    const now = () => new Date();
    const moderation = createModeration({ store: createModerationStore(store, now), now });
    return await fn({ store, moderation, actor: terminalActor(io.env) });
  } finally {
    await store.close();
  }
}

export function parseDraftId(value: string | undefined, usage: string): number {
  const m = /^#?(\d{1,9})$/.exec(value ?? '');
  if (!m || Number(m[1]) < 1) throw new UsageError(value ? `"${value}" is not a draft id (a number; see "normbot drafts"); usage: ${usage}` : `give a draft id; usage: ${usage}`);
  return Number(m[1]);
}
