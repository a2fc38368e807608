import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { Actor } from '../../core/moderation/draft.js';
import { DRAFT_MODALS } from './draft-modal-ids.js';
import { readEditSubmission, readMergeSubmission, readRejectSubmission, readSubmissionDraftId, type Submission } from './read-draft-submission.js';
import { NOT_MODERATOR, reportResult } from './register-draft-actions.js';
import type { SlackBotContext } from './slack-bot-context.js';
import { tellUser } from './tell-user.js';

const ViewSubmissionSchema = z.object({
  user: z.object({ id: z.string(), name: z.string().optional(), username: z.string().optional() }),
  view: z.object({ callback_id: z.string() }).passthrough(),
});

type Ack = (response?: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>;

/** Submissions of the Edit, Reject and Merge modals; anything else is a logged refusal. */
export function registerDraftViews(app: App, ctx: SlackBotContext): void {
  app.view(/.*/, async ({ ack, body }) => {
    const parsed = ViewSubmissionSchema.safeParse(body);
    const callbackId = parsed.success ? parsed.data.view.callback_id : '?';
    if (!parsed.success || !(Object.values(DRAFT_MODALS) as string[]).includes(callbackId)) {
      await ack();
      ctx.logger.warn({ callbackId }, 'refused: unknown view submission');
      return;
    }
    const { user, view } = parsed.data;
    const draftId = readSubmissionDraftId(view);
    const log = ctx.logger.child({ callbackId, userId: user.id, draftId });
    try {
      await handleSubmission(ctx, ack as Ack, callbackId, view, draftId, { platform: 'slack', id: user.id, name: user.name || user.username || user.id });
    } catch (error) {
      log.error({ err: (error as Error).message }, 'view submission failed');
      await tellUser(ctx, user.id, 'That did not work just now; nothing was changed. Please try again.', draftId);
    }
  });
}

async function handleSubmission(ctx: SlackBotContext, ack: Ack, callbackId: string, view: unknown, draftId: number | null, actor: Actor): Promise<void> {
  const tell = (text: string) => tellUser(ctx, actor.id, text, draftId);
  let submission: Submission<unknown>;
  if (callbackId === DRAFT_MODALS.edit) {
    const draft = draftId === null ? null : await ctx.moderation.getDraft(draftId);
    if (!draft) {
      await ack();
      return tell(`There is no draft ${draftId ?? ''}; nothing was changed.`);
    }
    submission = readEditSubmission(view, draft, await ctx.loadCatalog());
  } else submission = callbackId === DRAFT_MODALS.reject ? readRejectSubmission(view) : readMergeSubmission(view);

  // Slack shows these next to the inputs and keeps the modal open
  if (!submission.ok) {
    if (Object.keys(submission.errors).length > 0) return ack({ response_action: 'errors', errors: submission.errors });
    await ack();
    return tell(submission.message);
  }
  await ack();
  if (!(await ctx.isModerator(actor.id))) {
    ctx.logger.warn({ callbackId, userId: actor.id, draftId }, 'refused: not a moderator');
    return tell(NOT_MODERATOR);
  }
  const id = submission.draftId;
  if (callbackId === DRAFT_MODALS.edit) {
    const patch = submission.value as Parameters<SlackBotContext['moderation']['edit']>[2];
    if (Object.keys(patch).length === 0) return tell(`Nothing changed in draft ${id}.`);
    return reportResult(ctx, id, await ctx.moderation.edit(id, actor, patch), tell);
  }
  if (callbackId === DRAFT_MODALS.reject) return reportResult(ctx, id, await ctx.moderation.reject(id, actor, submission.value as string), tell);
  return reportResult(ctx, id, await ctx.moderation.merge(id, actor, submission.value as number), tell);
}
