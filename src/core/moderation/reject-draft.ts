import { decideDraft } from './decide-draft.js';
import type { Actor } from './draft.js';
import type { ModerationResult } from './moderation-port.js';
import type { ModerationDeps } from './moderation-store.js';

export const MAX_REASON_LENGTH = 1000;

/** Rejects a draft; the reason is required because the contributor is sent it. */
export async function rejectDraft(deps: ModerationDeps, draftId: number, actor: Actor, reason: string): Promise<ModerationResult> {
  const text = reason.trim();
  if (text === '') return { ok: false, code: 'invalid', message: `Give a reason: the contributor is told it ("reject ${draftId} <reason>").` };
  if (text.length > MAX_REASON_LENGTH) return { ok: false, code: 'invalid', message: `The reason is ${text.length} characters; keep it under ${MAX_REASON_LENGTH}.` };
  return decideDraft(deps, draftId, actor, async (draft) => ({
    decision: { status: 'rejected', reason: text, agreementId: null },
    message: `Rejected draft ${draft.id} ("${draft.fields.name}"): ${text}`,
    agreementName: null,
  }));
}
