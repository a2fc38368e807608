import type { Draft } from '../../../core/moderation/draft.js';
import { escapeSlackText } from '../render/escape-slack-text.js';
import type { SlackView } from '../render/slack-block-schema.js';
import { truncateText } from '../render/truncate-text.js';
import { buildModal, reasonInput } from './build-modal.js';
import { FORMS } from './form-ids.js';

/** The Reject modal, which is also the confirmation: nothing happens until "Reject" is pressed with a reason. */
export function buildRejectModal(draft: Draft): SlackView {
  return buildModal(FORMS.reject, { draftId: draft.id, version: draft.version }, `Reject draft ${draft.id}`, 'Reject', [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `Reject *${escapeSlackText(truncateText(draft.fields.name, 200))}*? The reason is sent to the contributor when they asked for the outcome. You can undo it from the card for 15 minutes.`, verbatim: true },
    },
    reasonInput('Reason'),
  ]);
}
