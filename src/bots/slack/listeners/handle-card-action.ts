import type { RespondFn } from '@slack/bolt';
import { z } from 'zod';
import { handleChatMessage } from '../../../core/chat/handle-chat-message.js';
import { CORRECTION_ACTIONS, decideCorrectionFromCard, isCorrectionAction } from '../../../core/desk/decide-correction-from-card.js';
import { rateAnswer } from '../../../core/chat/rate-answer.js';
import type { ConversationStore } from '../../../core/conversation/conversation-store.js';
import { verdictOfAction, withFeedbackActions } from '../../../core/feedback/feedback-actions.js';
import type { FeedbackVerdict } from '../../../core/feedback/feedback.js';
import type { Actor } from '../../../core/moderation/draft.js';
import { describeError } from '../../../errors.js';
import { buildDismissModal } from '../modals/build-dismiss-modal.js';
import { buildEditModal } from '../modals/build-edit-modal.js';
import { buildMergePicker } from '../modals/build-merge-picker.js';
import { buildRejectModal } from '../modals/build-reject-modal.js';
import type { SlackView } from '../render/slack-block-schema.js';
import { slackActor } from '../slack-actor.js';
import type { SlackBotContext } from '../slack-bot-context.js';
import { slackConversation } from '../slack-conversation.js';
import { sendAnswer, SHARE_ACTION } from './send-answer.js';
import { tellUser } from './tell-user.js';

/** The card buttons (ids of the core's card actions) this bot handles. */
const CARD_ACTIONS = ['approve', 'edit', 'reject', 'merge', 'undo-decision', 'unsorted-draft', 'unsorted-dismiss', ...CORRECTION_ACTIONS] as const;
type CardAction = (typeof CARD_ACTIONS)[number];

export const NOT_MODERATOR = 'Only moderators can decide drafts. Nothing was changed; ask a moderator if you think this draft needs attention.';
export const UNKNOWN_ACTION = 'That button is not one normbot knows (perhaps from an older message). Nothing was changed.';
export const ACTION_FAILED = 'That did not work just now; nothing was changed. Please try again.';

const BlockActionSchema = z.object({
  type: z.literal('block_actions'),
  trigger_id: z.string(),
  user: z.object({ id: z.string(), username: z.string().optional(), name: z.string().optional() }),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
  // where the clicked message sits: a button under an answer rates an answer of that conversation
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ channel_id: z.string().optional(), thread_ts: z.string().optional(), is_ephemeral: z.boolean().optional() }).optional(),
  message: z.object({ thread_ts: z.string().optional() }).optional(),
});
type BlockAction = z.infer<typeof BlockActionSchema>;

/**
 * A click on a card (Approve, already confirmed in Slack's own dialog; Undo; Make a draft), on
 * "Share in channel" or on 👍/👎/"That's wrong" under an answer. Acked by the caller first. Forms
 * open only when the core says this moderator may open one on the draft (it exists, is pending, is
 * not claimed by another).
 */
export async function handleCardAction(ctx: SlackBotContext, body: unknown, respond: RespondFn): Promise<void> {
  const parsed = BlockActionSchema.safeParse(body);
  if (!parsed.success) return void ctx.logger.warn({ type: (body as { type?: string }).type }, 'refused: an interaction this bot does not handle');
  const { user, actions, trigger_id: triggerId } = parsed.data;
  const action = actions[0]!;
  const verb = action.action_id.split(':')[0] ?? '';
  const actor = slackActor(user);
  const log = ctx.logger.child({ actionId: action.action_id, userId: user.id, value: action.value?.slice(0, 20) });
  const tell = (text: string) => tellUser(ctx, { respond }, text);
  const channel = parsed.data.channel?.id ?? parsed.data.container?.channel_id;
  if (verb === SHARE_ACTION) return channel ? shareAnswer(ctx, { actor, channel, question: action.value ?? '' }, respond) : tell(UNKNOWN_ACTION);
  const verdict = verdictOfAction(verb);
  if (verdict) return rateFromButton(ctx, { body: parsed.data, verdict, turnId: action.value ?? '', actor }, respond);
  const id = Number(action.value);
  if (!(CARD_ACTIONS as readonly string[]).includes(verb) || !Number.isInteger(id) || id <= 0) {
    log.warn('refused: unknown action');
    return tell(UNKNOWN_ACTION);
  }
  if (!(await ctx.isModerator(user.id))) {
    log.warn('refused: not a moderator');
    return tell(NOT_MODERATOR);
  }
  try {
    const outcome = await act(ctx, verb as CardAction, id, actor);
    if (typeof outcome === 'string') return tell(outcome);
    await ctx.client.views.open({ trigger_id: triggerId, view: outcome as never });
    log.info({ modal: outcome.callback_id }, 'modal opened');
  } catch (error) {
    log.error(describeError(error), 'card action failed');
    await tell(ACTION_FAILED);
  }
}

/** What a card button does: a line for the moderator, or the modal to open. */
async function act(ctx: SlackBotContext, verb: CardAction, id: number, actor: Actor): Promise<string | SlackView> {
  const { moderation } = ctx;
  if (isCorrectionAction(verb)) return decideCorrectionFromCard(moderation, verb, id, actor);
  switch (verb) {
    case 'approve':
      return (await moderation.approve(id, actor)).message;
    case 'undo-decision':
      return (await moderation.undoDecision(id, actor)).message;
    case 'unsorted-draft':
      return (await moderation.draftFromUnsorted(id, actor)).message;
    case 'unsorted-dismiss': {
      const item = await moderation.getUnsorted(id);
      if (!item) return `There is no item ${id}.`;
      return item.status === 'open' ? buildDismissModal(item) : `Item ${id} was already ${item.resolution ?? item.status}.`;
    }
    default: {
      const form = await moderation.openForm(id, actor);
      if (!form.ok) return form.message;
      if (verb === 'reject') return buildRejectModal(form.draft);
      const catalog = await ctx.loadCatalog();
      return verb === 'edit' ? buildEditModal(form.draft, catalog) : buildMergePicker(form.draft, catalog);
    }
  }
}

/** 👍, 👎 or "That's wrong" under an answer: recorded for the answer the button carries, in the click's thread. */
async function rateFromButton(ctx: SlackBotContext, input: { body: BlockAction; verdict: FeedbackVerdict; turnId: string; actor: Actor }, respond: RespondFn): Promise<void> {
  const { body, verdict, turnId, actor } = input;
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!channel || turnId === '') return tellUser(ctx, { respond }, UNKNOWN_ACTION);
  const threadTs = body.message?.thread_ts ?? body.container?.thread_ts;
  // a button on an ephemeral message sits under a /norms answer: the asker's own conversation
  const conversation = slackConversation({ channel, threadTs, privateTo: body.container?.is_ephemeral ? actor.id : undefined });
  try {
    const reply = await rateAnswer(ctx.answers, { conversation, turnId, verdict, actor, now: ctx.now() });
    ctx.logger.info({ userId: actor.id, verdict, intent: reply.intent }, 'answer rated');
    await tellUser(ctx, { respond }, reply.text);
  } catch (error) {
    ctx.logger.error(describeError(error), 'rating not recorded');
    await tellUser(ctx, { respond }, ACTION_FAILED);
  }
}

/**
 * "Share in channel" under an ephemeral /norms answer: the same question, answered for everyone,
 * with 👍/👎/"That's wrong" under it like every answer. A click on those comes from the channel
 * itself, so the shared answer is kept in the channel's conversation; the asker shares the answer
 * they saw, so the question stands alone and is never read as a follow-up to an earlier share.
 */
async function shareAnswer(ctx: SlackBotContext, input: { actor: Actor; channel: string; question: string }, respond: RespondFn): Promise<void> {
  const { actor, channel, question } = input;
  const { conversations, feedback } = ctx.answers;
  const recordOnly: ConversationStore = { turns: async () => [], add: (key, turn, now) => conversations.add(key, turn, now) };
  try {
    const catalog = await ctx.loadCatalog();
    // shared as a member's question: a moderation command never runs from a Share button
    const { reply } = await ctx.inTurn(() =>
      handleChatMessage({ text: question, actor, isModerator: false, conversation: slackConversation({ channel }) }, { catalog, now: ctx.now(), moderation: null, conversations: recordOnly, feedback }),
    );
    const asked = `${actor.name} asked: ${question}`;
    const shared = withFeedbackActions({ ...reply, text: `${asked}\n${reply.text}`, blocks: [{ type: 'note', text: asked }, ...reply.blocks] });
    await sendAnswer(ctx, { via: 'respond', respond, channel, user: actor.id, toChannel: true }, shared);
    ctx.logger.info({ userId: actor.id, intent: reply.intent }, 'answer shared in the channel');
  } catch (error) {
    ctx.logger.error(describeError(error), 'answer not shared');
    await tellUser(ctx, { respond }, ACTION_FAILED);
  }
}
