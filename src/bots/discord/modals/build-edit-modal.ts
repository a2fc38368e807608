import { TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { Draft, DraftFields } from '../../../core/moderation/draft.js';
import { redactEmails } from '../../../core/moderation/redact-emails.js';
import { buildModal } from './build-modal.js';
import type { EditInput } from './form-ids.js';

/** What the modal shows for each field: e-mail addresses blanked. */
export function editModalValues(fields: DraftFields): Record<EditInput, string> {
  return {
    name: redactEmails(fields.name),
    launchYear: fields.launchYear === null ? '' : String(fields.launchYear),
    parties: redactEmails(fields.parties ?? ''),
    signatories: redactEmails(fields.signatories.join('\n')),
    maintainer: redactEmails(fields.maintainer ?? ''),
  };
}

/**
 * The Edit modal, pre-filled with the draft's text fields: exactly Discord's five inputs. Norm
 * elements and GGE norms have their own modal (build-norms-modal.ts, the card's "Edit norms").
 */
export function buildEditModal(draft: Draft): APIModalInteractionResponseCallbackData {
  const v = editModalValues(draft.fields);
  return buildModal('edit-form', [String(draft.id), String(draft.version)], `Edit draft ${draft.id}`, [
    { id: 'name', label: 'Name', style: TextInputStyle.Short, required: true, value: v.name },
    { id: 'launchYear', label: 'Launch year (four digits, or empty)', style: TextInputStyle.Short, required: false, value: v.launchYear },
    { id: 'parties', label: 'Parties', style: TextInputStyle.Paragraph, required: false, value: v.parties },
    { id: 'signatories', label: 'Signatories (one per line)', style: TextInputStyle.Paragraph, required: false, value: v.signatories },
    { id: 'maintainer', label: 'Maintainer', style: TextInputStyle.Short, required: false, value: v.maintainer },
  ]);
}
