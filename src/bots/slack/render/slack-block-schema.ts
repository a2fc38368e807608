import { z } from 'zod';
import { SLACK_LIMITS as L } from './slack-limits.js';

/** The subset of Block Kit this bot sends, each string bounded by Slack's limits (slack-limits.ts). */

const plainText = (max: number) =>
  z.object({ type: z.literal('plain_text'), text: z.string().min(1).max(max), emoji: z.boolean().optional() });
const mrkdwn = (max: number) =>
  z.object({ type: z.literal('mrkdwn'), text: z.string().min(1).max(max), verbatim: z.boolean().optional() });

export const SlackOptionSchema = z.object({ text: plainText(L.optionText), value: z.string().min(1).max(L.optionValue) });
export type SlackOption = z.infer<typeof SlackOptionSchema>;

export const SlackConfirmSchema = z.object({
  title: plainText(L.confirmTitle),
  text: plainText(L.confirmText),
  confirm: plainText(L.confirmButton),
  deny: plainText(L.confirmButton),
  style: z.enum(['primary', 'danger']).optional(),
});

export const SlackButtonSchema = z.object({
  type: z.literal('button'),
  text: plainText(L.buttonText),
  action_id: z.string().min(1).max(L.actionId),
  value: z.string().max(L.buttonValue).optional(),
  style: z.enum(['primary', 'danger']).optional(),
  confirm: SlackConfirmSchema.optional(),
});

const inputElement = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('plain_text_input'),
    action_id: z.string().min(1).max(L.actionId),
    multiline: z.boolean().optional(),
    initial_value: z.string().max(L.plainTextInput).optional(),
    max_length: z.number().int().max(L.plainTextInput).optional(),
    placeholder: plainText(L.inputPlaceholder).optional(),
  }),
  z.object({
    type: z.literal('static_select'),
    action_id: z.string().min(1).max(L.actionId),
    options: z.array(SlackOptionSchema).min(1).max(L.selectOptions),
    initial_option: SlackOptionSchema.optional(),
    placeholder: plainText(L.inputPlaceholder).optional(),
  }),
  z.object({
    type: z.literal('external_select'),
    action_id: z.string().min(1).max(L.actionId),
    min_query_length: z.number().int().min(0).optional(),
    initial_option: SlackOptionSchema.optional(),
    placeholder: plainText(L.inputPlaceholder).optional(),
  }),
  z.object({
    type: z.literal('multi_static_select'),
    action_id: z.string().min(1).max(L.actionId),
    options: z.array(SlackOptionSchema).min(1).max(L.selectOptions),
    initial_options: z.array(SlackOptionSchema).min(1).optional(),
    placeholder: plainText(L.inputPlaceholder).optional(),
  }),
]);

const blockId = z.string().min(1).max(L.blockId).optional();

export const SlackBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('header'), block_id: blockId, text: plainText(L.headerText) }),
  z
    .object({
      type: z.literal('section'),
      block_id: blockId,
      text: mrkdwn(L.sectionText).optional(),
      fields: z.array(mrkdwn(L.fieldText)).min(1).max(L.sectionFields).optional(),
    })
    .refine((s) => s.text !== undefined || s.fields !== undefined, 'a section needs text or fields'),
  z.object({ type: z.literal('context'), block_id: blockId, elements: z.array(mrkdwn(L.contextText)).min(1).max(L.contextElements) }),
  z.object({ type: z.literal('actions'), block_id: blockId, elements: z.array(SlackButtonSchema).min(1).max(L.actionsElements) }),
  z.object({ type: z.literal('divider'), block_id: blockId }),
  z.object({
    type: z.literal('input'),
    block_id: blockId,
    label: plainText(L.inputLabel),
    element: inputElement,
    optional: z.boolean().optional(),
  }),
]);
export type SlackBlock = z.infer<typeof SlackBlockSchema>;

export const SlackMessageSchema = z.object({
  text: z.string().min(1).max(L.messageText),
  blocks: z.array(SlackBlockSchema).max(L.blocksPerMessage),
});
export type SlackMessage = z.infer<typeof SlackMessageSchema>;

export const SlackViewSchema = z.object({
  type: z.enum(['modal', 'home']),
  callback_id: z.string().max(L.callbackId).optional(),
  private_metadata: z.string().max(L.privateMetadata).optional(),
  title: plainText(L.viewTitle).optional(),
  submit: plainText(L.viewSubmit).optional(),
  close: plainText(L.viewSubmit).optional(),
  blocks: z.array(SlackBlockSchema).max(L.blocksPerView),
});
export type SlackView = z.infer<typeof SlackViewSchema>;
