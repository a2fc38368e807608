import type { Moderation, ModerationResult, UnsortedResult } from '../../src/core/moderation/moderation-port.js';
import { aDraft } from './draft-builder.js';
import { anUnsortedItem } from './unsorted-builder.js';

/**
 * A Moderation that records every call (method and arguments) and answers from what the test set:
 * for pure tests of what the chat core and the adapters do with the answers.
 */
export function aFakeModeration(answers: Partial<Record<keyof Moderation, unknown>> = {}) {
  const calls: Array<[string, ...unknown[]]> = [];
  const ok = (message: string): ModerationResult => ({ ok: true, draft: aDraft(), message });
  const defaults: Record<keyof Moderation, unknown> = {
    listDrafts: [aDraft({ id: 7 })],
    getDraft: aDraft({ id: 7 }),
    history: [],
    timeline: [],
    openForm: ok('may'),
    claim: ok('claimed'),
    release: ok('released'),
    edit: ok('edited'),
    undoEdit: ok('undid the edit'),
    approve: ok('approved'),
    reject: ok('rejected'),
    merge: ok('merged'),
    undoDecision: ok('undid the decision'),
    acceptProposedEdit: ok('accepted the correction'),
    declineProposedEdit: ok('declined the correction'),
    confirmCoverage: { ok: false, code: 'invalid', message: 'no link' },
    listUnsorted: [anUnsortedItem()],
    getUnsorted: anUnsortedItem(),
    draftFromUnsorted: { ok: true, item: anUnsortedItem({ status: 'drafted' }), message: 'made draft 9', draftIds: [9] } satisfies UnsortedResult,
    dismissUnsorted: { ok: true, item: anUnsortedItem({ status: 'dismissed' }), message: 'dismissed', draftIds: [] } satisfies UnsortedResult,
  };
  const moderation = Object.fromEntries(
    (Object.keys(defaults) as Array<keyof Moderation>).map((name) => [
      name,
      async (...args: unknown[]) => {
        calls.push([name, ...args]);
        return name in answers ? answers[name] : defaults[name];
      },
    ]),
  ) as unknown as Moderation;
  return { moderation, calls };
}
