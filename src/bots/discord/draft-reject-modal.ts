import { TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { Draft } from '../../core/moderation/draft.js';
import { buildCustomId } from './discord-custom-id.js';
import { ModalSchema } from './discord-limits.js';

export const REJECT_REASON_MAX = 1000;

/** The Reject modal: the reason is required, because it goes to the contributor. */
export function buildDraftRejectModal(draft: Draft): APIModalInteractionResponseCallbackData {
  const modal: APIModalInteractionResponseCallbackData = {
    custom_id: buildCustomId('reject-form', String(draft.id)),
    title: `Reject draft ${draft.id}`.slice(0, 45),
    components: [
      {
        type: 1,
        components: [
          {
            type: 4,
            custom_id: 'reason',
            label: 'Reason (sent to the contributor)',
            style: TextInputStyle.Paragraph,
            required: true,
            min_length: 3,
            max_length: REJECT_REASON_MAX,
          },
        ],
      },
    ],
  };
  ModalSchema.parse(modal);
  return modal;
}
