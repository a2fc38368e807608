import type { UnsortedItem } from '../../../core/unsorted/unsorted-item.js';
import { escapeSlackText } from '../render/escape-slack-text.js';
import type { SlackView } from '../render/slack-block-schema.js';
import { truncateText } from '../render/truncate-text.js';
import { buildModal, reasonInput } from './build-modal.js';
import { FORMS } from './form-ids.js';

/** Dismissing a "needs a look" item as not a contribution: the reason is kept with it. */
export function buildDismissModal(item: UnsortedItem): SlackView {
  return buildModal(FORMS.dismiss, { itemId: item.id }, `Dismiss item ${item.id}`, 'Dismiss', [
    { type: 'section', text: { type: 'mrkdwn', text: `*${escapeSlackText(truncateText(item.payload.subject, 200))}* is not a contribution? Say why; the reason is kept with the item.`, verbatim: true } },
    reasonInput('Why it is not a contribution'),
  ]);
}
