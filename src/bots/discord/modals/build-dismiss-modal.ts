import { TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { MAX_DISMISS_REASON } from '../../../core/unsorted/resolve-unsorted.js';
import type { UnsortedItem } from '../../../core/unsorted/unsorted-item.js';
import { buildModal } from './build-modal.js';
import { REASON_INPUT } from './form-ids.js';

/** Dismissing a "needs a look" item as not a contribution: the reason is kept with it. */
export function buildDismissModal(item: UnsortedItem): APIModalInteractionResponseCallbackData {
  return buildModal('dismiss-form', [String(item.id)], `Not a contribution: item ${item.id}?`, [
    { id: REASON_INPUT, label: 'Why it is not a contribution', style: TextInputStyle.Paragraph, required: true, minLength: 3, maxLength: MAX_DISMISS_REASON },
  ]);
}
