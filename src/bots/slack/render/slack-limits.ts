/**
 * Slack's limits for what this bot sends, in one table. The renderer truncates to these and the
 * zod schemas in slack-block-schema.ts are built from them, so a payload over a limit is caught
 * here rather than answered by Slack with `invalid_blocks`.
 *
 * Sources (checked 2026-11):
 * - blocks per message / per modal or Home tab: https://api.slack.com/reference/block-kit/blocks
 * - section text and fields: https://api.slack.com/reference/block-kit/blocks#section
 * - header text: https://api.slack.com/reference/block-kit/blocks#header
 * - context elements: https://api.slack.com/reference/block-kit/blocks#context
 * - actions elements: https://api.slack.com/reference/block-kit/blocks#actions
 * - button text, action_id, value: https://api.slack.com/reference/block-kit/block-elements#button
 * - select options: https://api.slack.com/reference/block-kit/block-elements#static_select
 * - option text/value: https://api.slack.com/reference/block-kit/composition-objects#option
 * - modal title, submit, private_metadata, callback_id: https://api.slack.com/reference/surfaces/views
 * - input label, plain_text_input: https://api.slack.com/reference/block-kit/blocks#input,
 *   https://api.slack.com/reference/block-kit/block-elements#input
 * - message `text` truncated past 40,000 characters: https://api.slack.com/methods/chat.postMessage#truncating
 * - confirm dialog title, text, buttons: https://api.slack.com/reference/block-kit/composition-objects#confirm
 * - posting pace: chat.postMessage allows 1 message per second per channel, with short bursts:
 *   https://api.slack.com/methods/chat.postMessage#rate_limiting
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  actionId: 255,
  blockId: 255,
  buttonValue: 2000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  viewTitle: 24,
  viewSubmit: 24,
  callbackId: 255,
  privateMetadata: 3000,
  inputLabel: 2000,
  inputPlaceholder: 150,
  plainTextInput: 3000,
  messageText: 40000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  externalSelectOptions: 100,
} as const;

/** How fast cards and notes go to one channel (see the rate limit source above). */
export const SLACK_PACE = { burst: 3, perSecond: 1 } as const;
