import { describeError } from '../describe-error.js';
import type { App, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import type { Actor } from '../../core/moderation/draft.js';
import { slackActor } from './slack-actor.js';
import type { ModerationResult } from '../../core/moderation/moderation-port.js';
import { describeDecision } from '../../core/moderation/draft-state.js';
import { buildEditModal, buildMergeModal, buildRejectModal } from './build-draft-modals.js';
import { escapeSlackText } from './escape-slack-text.js';
import type { SlackBotContext } from './slack-bot-context.js';

const DRAFT_ACTIONS = ['approve', 'edit', 'reject', 'merge'] as const;
type DraftAction = (typeof DRAFT_ACTIONS)[number];

export const NOT_MODERATOR = 'Only moderators can decide drafts. Nothing was changed; ask a moderator if you think this draft needs attention.';
const UNKNOWN_ACTION = 'That button is not one normbot knows (perhaps from an older message). Nothing was changed.';

const BlockActionSchema = z.object({
  type: z.literal('block_actions'),
  trigger_id: z.string(),
  user: z.object({ id: z.string(), username: z.string().optional(), name: z.string().optional() }),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});

/** Buttons on draft cards: Approve decides at once; Edit, Reject and Merge open a modal. */
export function registerDraftActions(app: App, ctx: SlackBotContext): void {
  app.action(/.*/, async ({ ack, body, respond }) => {
    await ack();
    const parsed = BlockActionSchema.safeParse(body);
    if (!parsed.success) {
      ctx.logger.warn({ type: (body as { type?: string }).type }, 'refused: an interaction this bot does not handle');
      return;
    }
    const { user, actions, trigger_id } = parsed.data;
    const action = actions[0]!;
    const verb = action.action_id.split(':')[0] ?? '';
    const draftId = Number(action.value);
    const log = ctx.logger.child({ actionId: action.action_id, userId: user.id, draftId: action.value });
    const tell = (text: string) => privately(respond, text, log);
    if (!(DRAFT_ACTIONS as readonly string[]).includes(verb) || !Number.isInteger(draftId) || draftId <= 0) {
      log.warn('refused: unknown action');
      return tell(UNKNOWN_ACTION);
    }
    if (!(await ctx.isModerator(user.id))) {
      log.warn('refused: not a moderator');
      return tell(NOT_MODERATOR);
    }
    try {
      await handleDraftAction(ctx, verb as DraftAction, draftId, slackActor(user), trigger_id, tell);
    } catch (error) {
      log.error(describeError(error), 'draft action failed');
      await tell('That did not work just now; nothing was changed. Please try again.');
    }
  });
}

async function handleDraftAction(
  ctx: SlackBotContext,
  verb: DraftAction,
  draftId: number,
  actor: Actor,
  triggerId: string,
  tell: (text: string) => Promise<void>,
): Promise<void> {
  if (verb === 'approve') {
    const result = await ctx.moderation.approve(draftId, actor);
    return reportResult(ctx, draftId, result, tell);
  }
  const draft = await ctx.moderation.getDraft(draftId);
  if (!draft) return tell(`There is no draft ${draftId}.`);
  if (draft.status !== 'pending') {
    await ctx.cards.refreshDraftCard(draftId);
    return tell(`Draft ${draftId} was already ${describeDecision(draft)}.`);
  }
  const catalog = await ctx.loadCatalog();
  const view = verb === 'edit' ? buildEditModal(draft, catalog) : verb === 'reject' ? buildRejectModal(draft) : buildMergeModal(draft, catalog);
  await ctx.client.views.open({ trigger_id: triggerId, view: view as never });
  ctx.logger.info({ draftId, userId: actor.id, modal: view.callback_id }, 'draft modal opened');
}

/** After a decision: update the card for everyone, tell the moderator what happened privately. */
export async function reportResult(ctx: SlackBotContext, draftId: number, result: ModerationResult, tell: (text: string) => Promise<void>): Promise<void> {
  if (result.ok || result.code === 'already-decided') {
    await ctx.cards.refreshDraftCard(draftId).catch((error: unknown) => ctx.logger.warn({ draftId, ...describeError(error) }, 'card not updated'));
  }
  ctx.logger.info({ draftId, ok: result.ok, code: result.ok ? 'done' : result.code }, 'moderation result');
  await tell(result.message);
}

async function privately(respond: RespondFn, text: string, log: SlackBotContext['logger']): Promise<void> {
  try {
    await respond({ response_type: 'ephemeral', replace_original: false, text: escapeSlackText(text) });
  } catch (error) {
    log.warn(describeError(error), 'could not send a private note');
  }
}
