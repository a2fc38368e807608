import type { DeskEvent } from '../../core/desk/desk-event.js';
import type { IngestOutcome } from './ingest-deps.js';

/** What an ingested mail adds to the moderation desk: a card per new draft, or one for the mail that needs a look. */
export function deskEventsOf(outcome: IngestOutcome): DeskEvent[] {
  if (outcome.status !== 'processed') return [];
  return [
    ...outcome.draftIds.map((id): DeskEvent => ({ type: 'created', subject: { kind: 'draft', id } })),
    // a contributor's reply changes the cards of the contribution's drafts (its thread, a correction, a withdrawal)
    ...(outcome.changedDraftIds ?? []).map((id): DeskEvent => ({ type: 'changed', subject: { kind: 'draft', id } })),
    ...(outcome.unsortedId !== null ? [{ type: 'created' as const, subject: { kind: 'unsorted' as const, id: outcome.unsortedId } }] : []),
  ];
}
