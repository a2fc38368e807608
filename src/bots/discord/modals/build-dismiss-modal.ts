import { TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { MAX_DISMISS_REASON } from '../../../core/unsorted/resolve-unsorted.js';
import { dismissWording } from '../../../core/unsorted/unsorted-card-reply.js';
import type { UnsortedItem } from '../../../core/unsorted/unsorted-item.js';
import { buildModal } from './build-modal.js';
import { REASON_INPUT } from './form-ids.js';

/** Dismissing a "needs a look" item as not a contribution: the reason is kept with it. */
export function buildDismissModal(item: UnsortedItem): APIModalInteractionResponseCallbackData {
  const words = dismissWording(item);
  return buildModal('dismiss-form', [String(item.id)], words.title, [
    { id: REASON_INPUT, label: words.label, style: TextInputStyle.Paragraph, required: true, minLength: 3, maxLength: MAX_DISMISS_REASON },
  ]);
}
