import type { DraftVersion } from '../../core/moderation/draft.js';

/**
 * Why an Edit form filled from an older version of the draft is not saved, naming who edited it
 * since, so the moderator can talk to them before editing again.
 */
export function describeStaleEdit(draftId: number, seenVersion: number | null, versions: readonly DraftVersion[]): string {
  const again = 'Nothing was saved; close this form and press Edit on the card to see the current fields.';
  if (seenVersion === null) return `This form does not say which version of draft ${draftId} it shows. ${again}`;
  const names = [...new Set(versions.filter((v) => v.version > seenVersion).map((v) => v.actor.name))];
  const who = names.length > 0 ? names.join(', ') : 'another moderator';
  return `Draft ${draftId} was edited by ${who} while this form was open. ${again}`;
}
