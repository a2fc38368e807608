import { describeError } from '../describe-error.js';
import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { Actor } from '../../core/moderation/draft.js';
import { slackActor } from './slack-actor.js';
import { DRAFT_MODALS } from './draft-modal-ids.js';
import { describeStaleEdit } from './describe-stale-edit.js';
import { readEditSubmission, readMergeSubmission, readRejectSubmission, readSubmissionDraftId, readSubmissionVersion, type Submission } from './read-draft-submission.js';
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
      await handleSubmission(ctx, ack as Ack, callbackId, view, draftId, slackActor(user));
    } catch (error) {
      log.error(describeError(error), 'view submission failed');
      // unacknowledged, the modal spins until Slack shows its own error; acking again only throws
      await (ack as Ack)().catch(() => undefined);
      await tellUser(ctx, user.id, 'That did not work just now; nothing was changed. Please try again.', draftId);
    }
  });
}

async function handleSubmission(ctx: SlackBotContext, ack: Ack, callbackId: string, view: unknown, draftId: number | null, actor: Actor): Promise<void> {
  const tell = (text: string) => tellUser(ctx, actor.id, text, draftId);
  // read the form first (pure) so validation errors can go in the ack, then ack, then act
  const accept = async <T>(submission: Submission<T>): Promise<{ draftId: number; value: T } | null> => {
    if (!submission.ok) {
      // Slack shows these next to the inputs and keeps the modal open
      if (Object.keys(submission.errors).length > 0) await ack({ response_action: 'errors', errors: submission.errors });
      else {
        await ack();
        await tell(submission.message);
      }
      return null;
    }
    await ack();
    if (await ctx.isModerator(actor.id)) return submission;
    ctx.logger.warn({ callbackId, userId: actor.id, draftId }, 'refused: not a moderator');
    await tell(NOT_MODERATOR);
    return null;
  };

  if (callbackId === DRAFT_MODALS.edit) {
    const draft = draftId === null ? null : await ctx.moderation.getDraft(draftId);
    if (!draft) {
      await ack();
      return tell(`There is no draft ${draftId ?? ''}; nothing was changed.`);
    }
    // saving a form filled from an older version would silently undo the other moderator's edit;
    // the error keeps the form open, so what was typed can still be copied
    const seen = readSubmissionVersion(view);
    if (draft.status === 'pending' && seen !== draft.version) {
      const message = describeStaleEdit(draft.id, seen, await ctx.moderation.history(draft.id));
      ctx.logger.info({ callbackId, userId: actor.id, draftId, seen, current: draft.version }, 'refused: stale edit form');
      return ack({ response_action: 'errors', errors: { name: message } });
    }
    const edit = await accept(readEditSubmission(view, draft, await ctx.loadCatalog()));
    if (!edit) return;
    if (Object.keys(edit.value).length === 0) return tell(`Nothing changed in draft ${edit.draftId}.`);
    return reportResult(ctx, edit.draftId, await ctx.moderation.edit(edit.draftId, actor, edit.value), tell);
  }
  if (callbackId === DRAFT_MODALS.reject) {
    const reject = await accept(readRejectSubmission(view));
    if (reject) await reportResult(ctx, reject.draftId, await ctx.moderation.reject(reject.draftId, actor, reject.value), tell);
    return;
  }
  const merge = await accept(readMergeSubmission(view));
  if (merge) await reportResult(ctx, merge.draftId, await ctx.moderation.merge(merge.draftId, actor, merge.value), tell);
}
