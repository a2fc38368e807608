import { TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { Draft } from '../../../core/moderation/draft.js';
import { MAX_REASON_LENGTH } from '../../../core/moderation/reject-draft.js';
import { buildModal } from './build-modal.js';
import { REASON_INPUT } from './form-ids.js';

/** The Reject modal, which is also the confirmation: nothing happens until it is submitted with a reason. */
export function buildRejectModal(draft: Draft): APIModalInteractionResponseCallbackData {
  return buildModal('reject-form', [String(draft.id)], `Reject draft ${draft.id}?`, [
    { id: REASON_INPUT, label: 'Reason (sent to the contributor)', style: TextInputStyle.Paragraph, required: true, minLength: 3, maxLength: MAX_REASON_LENGTH },
  ]);
}
