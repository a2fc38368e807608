import { dismissWording } from '../../../core/unsorted/unsorted-card-reply.js';
import type { UnsortedItem } from '../../../core/unsorted/unsorted-item.js';
import { escapeSlackText } from '../render/escape-slack-text.js';
import type { SlackView } from '../render/slack-block-schema.js';
import { truncateText } from '../render/truncate-text.js';
import { buildModal, reasonInput } from './build-modal.js';
import { FORMS } from './form-ids.js';

/** Dismissing a "needs a look" item (as not a contribution, or a correction looked at): the reason is kept with it. */
export function buildDismissModal(item: UnsortedItem): SlackView {
  const words = dismissWording(item);
  return buildModal(FORMS.dismiss, { itemId: item.id }, item.payload.kind === 'mail' ? `Dismiss item ${item.id}` : `Close item ${item.id}`, item.payload.kind === 'mail' ? 'Dismiss' : 'Close', [
    { type: 'section', text: { type: 'mrkdwn', text: `*${escapeSlackText(truncateText(item.payload.subject, 200))}* ${words.prompt}`, verbatim: true } },
    reasonInput(words.label),
  ]);
}
