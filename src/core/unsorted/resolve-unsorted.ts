import type { Actor } from '../moderation/draft.js';
import type { ModerationDeps, ModerationTx } from '../moderation/moderation-store.js';
import type { UnsortedResult } from '../moderation/moderation-port.js';
import { describeResolution } from './describe-resolution.js';
import type { UnsortedItem } from './unsorted-item.js';
import type { UnsortedResolution } from './unsorted-repository.js';

export const MAX_DISMISS_REASON = 1000;

/**
 * The shared shape of "make a draft" and "dismiss": in one transaction, check the item is still
 * open, let `plan` do its writes, then resolve the item by compare-and-set. The cards are told
 * after the commit (the item's, and a new card per draft made).
 */
async function resolveUnsorted(
  deps: ModerationDeps,
  itemId: number,
  plan: (item: UnsortedItem, tx: ModerationTx, at: string) => Promise<Omit<UnsortedResolution, 'actor' | 'at'> & { message: string }>,
  actor: Actor,
): Promise<UnsortedResult> {
  const at = deps.now().toISOString();
  const result = await deps.store.transaction(async (tx): Promise<UnsortedResult> => {
    const item = await tx.unsorted.get(itemId);
    if (!item) return { ok: false, code: 'not-found', message: `There is no item ${itemId} in the "needs a look" queue; "unsorted" lists the open ones.` };
    if (item.status !== 'open') return alreadyResolved(item);
    const { message, ...resolution } = await plan(item, tx, at);
    if (!(await tx.unsorted.resolve(itemId, { ...resolution, actor, at }))) return alreadyResolved((await tx.unsorted.get(itemId)) ?? item);
    return { ok: true, item: (await tx.unsorted.get(itemId)) ?? item, message, draftIds: resolution.draftIds };
  });
  if (result.ok) {
    for (const id of result.draftIds) deps.events?.emit({ type: 'created', subject: { kind: 'draft', id } });
    deps.events?.emit({ type: 'decided', subject: { kind: 'unsorted', id: itemId }, note: `Item ${itemId} ${describeResolution(result.item)}.` });
  }
  return result;
}

function alreadyResolved(item: UnsortedItem): UnsortedResult {
  return { ok: false, code: 'already-resolved', message: `Item ${item.id} was already ${describeResolution(item)}.`, item };
}

/** Makes pending drafts from the item, prefilled with what the parser found; the moderator completes them. */
export async function draftFromUnsorted(deps: ModerationDeps, itemId: number, actor: Actor): Promise<UnsortedResult> {
  const held = await deps.store.unsorted.get(itemId);
  if (held?.payload.kind === 'correction') {
    return { ok: false, code: 'invalid', message: `Item ${itemId} is the contributor's correction of decided drafts, not mail to make drafts of; close it with what was done ("unsorted dismiss ${itemId} <what was done>").` };
  }
  return resolveUnsorted(
    deps,
    itemId,
    async (item, tx, at) => {
      const draftIds: number[] = [];
      for (const prefill of item.payload.kind === 'mail' ? item.payload.prefill : []) draftIds.push(await tx.drafts.add(item.payload.contributionId, prefill, actor, at));
      const list = draftIds.map((id) => `draft ${id}`).join(', ');
      return { status: 'drafted', resolution: `made into ${list}`, draftIds, message: `Made ${list} from item ${itemId}; complete ${draftIds.length === 1 ? 'it' : 'them'} with Edit, then decide as usual.` };
    },
    actor,
  );
}

/** Closes the item (mail: as not a contribution; a correction: with what was done); the reason is kept with it. */
export function dismissUnsorted(deps: ModerationDeps, itemId: number, actor: Actor, reason: string): Promise<UnsortedResult> {
  const text = reason.trim();
  if (text === '') return Promise.resolve({ ok: false, code: 'invalid', message: `Give a reason ("unsorted dismiss ${itemId} <reason>"); it is kept with the item.` });
  if (text.length > MAX_DISMISS_REASON) return Promise.resolve({ ok: false, code: 'invalid', message: `The reason is ${text.length} characters; keep it under ${MAX_DISMISS_REASON}.` });
  return resolveUnsorted(
    deps,
    itemId,
    async (item) => ({ status: 'dismissed', resolution: text, draftIds: [], message: item.payload.kind === 'mail' ? `Dismissed item ${itemId} as not a contribution: ${text}` : `Closed item ${itemId}: ${text}` }),
    actor,
  );
}
