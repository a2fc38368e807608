import type { Actor } from '../moderation/draft.js';
import type { Moderation } from '../moderation/moderation-port.js';

/** The buttons a draft card shows while the contributor's correction waits (draftActions); the same on every platform. */
export const CORRECTION_ACTIONS = ['accept-edit', 'decline-edit'] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

export const isCorrectionAction = (verb: string): verb is CorrectionAction => (CORRECTION_ACTIONS as readonly string[]).includes(verb);

/** Accepts or declines the contributor's correction from a card click, at once; returns the line the moderator is told. */
export async function decideCorrectionFromCard(moderation: Pick<Moderation, 'acceptProposedEdit' | 'declineProposedEdit'>, verb: CorrectionAction, draftId: number, actor: Actor): Promise<string> {
  const result = verb === 'accept-edit' ? await moderation.acceptProposedEdit(draftId, actor) : await moderation.declineProposedEdit(draftId, actor, null);
  return result.message;
}
