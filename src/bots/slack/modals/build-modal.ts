import { SlackViewSchema, type SlackBlock, type SlackView } from '../render/slack-block-schema.js';
import { SLACK_LIMITS as L } from '../render/slack-limits.js';
import { truncateText } from '../render/truncate-text.js';
import type { FormId } from './form-ids.js';

export const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: truncateText(text, max) });

/**
 * A modal checked against Slack's limits. `subject` travels in private_metadata: the draft and the
 * version the form was filled from (a stale form is refused in the save's transaction), or the item.
 */
export function buildModal(callbackId: FormId, subject: { draftId: number; version: number } | { itemId: number }, title: string, submit: string, blocks: SlackBlock[]): SlackView {
  return SlackViewSchema.parse({
    type: 'modal',
    callback_id: callbackId,
    private_metadata: JSON.stringify(subject),
    title: plain(title, L.viewTitle),
    submit: plain(submit, L.viewSubmit),
    close: plain('Cancel', L.viewSubmit),
    blocks,
  });
}

/** A required multi-line reason, for Reject and for dismissing a queue item. */
export function reasonInput(label: string): SlackBlock {
  return { type: 'input', block_id: 'reason', label: plain(label, L.inputLabel), element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 1000 } };
}
