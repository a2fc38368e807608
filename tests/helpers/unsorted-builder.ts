import type { UnsortedItem } from '../../src/core/unsorted/unsorted-item.js';
import { aDraftFields } from './draft-builder.js';

/** An in-memory "needs a look" item for pure tests: a letter that became no draft. */
export function anUnsortedItem(overrides: Partial<UnsortedItem> = {}): UnsortedItem {
  return {
    id: 3,
    status: 'open',
    reason: 'not recognised as a contribution (no questionnaire content)',
    payload: {
      kind: 'mail',
      contributionId: 9,
      subject: 'Workshop on cyber diplomacy in West Africa',
      senderName: 'Mireille Okafor',
      receivedAt: '2026-11-24T09:15:00.000Z',
      firstLines: 'Dear colleagues,\nWe are organising a workshop on cyber diplomacy in Accra.',
      attachments: ['workshop-agenda.ics'],
      prefill: [{ fields: aDraftFields({ name: 'Untitled agreement from "Workshop on cyber diplomacy in West Africa" (name needed)' }), evidence: {}, catalogMatch: null, contributorLabel: 'Mireille Okafor' }],
    },
    revision: 0,
    createdAt: '2026-11-24T09:16:00.000Z',
    resolvedBy: null,
    resolvedAt: null,
    resolution: null,
    draftIds: [],
    ...overrides,
  };
}
