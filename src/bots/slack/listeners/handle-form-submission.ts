import { z } from 'zod';
import type { CardSubject } from '../../../core/desk/card-subject.js';
import type { Actor } from '../../../core/moderation/draft.js';
import type { ModerationResult, UnsortedResult } from '../../../core/moderation/moderation-port.js';
import { describeError } from '../../../errors.js';
import { FORMS, type FormId } from '../modals/form-ids.js';
import { readEditForm, readFormSubject, readMergeForm, readReasonForm, readView, type FormResult } from '../modals/read-form.js';
import { slackActor } from '../slack-actor.js';
import type { SlackBotContext } from '../slack-bot-context.js';
import { ACTION_FAILED, NOT_MODERATOR } from './handle-card-action.js';
import { tellUser } from './tell-user.js';

const ViewSubmissionSchema = z.object({
  user: z.object({ id: z.string(), name: z.string().optional(), username: z.string().optional() }),
  view: z.object({ callback_id: z.string() }).passthrough(),
});

/** Slack's answer to a submission: close the modal, or keep it open with errors next to the inputs. */
export type FormAck = (response?: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>;

const FORM_IDS = Object.values(FORMS) as string[];

/**
 * A submitted Edit, Reject, Merge or Dismiss modal. The form is read first (pure) so input errors
 * keep the modal open; an edit is saved before the ack, so a form filled from an older version is
 * refused inside the save's transaction and stays open with who edited meanwhile. Anything else is
 * acked, then done, then told privately next to the card.
 */
export async function handleFormSubmission(ctx: SlackBotContext, ack: FormAck, body: unknown): Promise<void> {
  const parsed = ViewSubmissionSchema.safeParse(body);
  const callbackId = parsed.success ? parsed.data.view.callback_id : '?';
  const view = parsed.success ? readView(parsed.data.view) : null;
  const subject = view ? readFormSubject(view) : null;
  if (!parsed.success || !view || !FORM_IDS.includes(callbackId)) {
    await ack();
    return void ctx.logger.warn({ callbackId }, 'refused: unknown view submission');
  }
  const actor = slackActor(parsed.data.user);
  const cardSubject: CardSubject | null = subject === null ? null : 'itemId' in subject ? { kind: 'unsorted', id: subject.itemId } : { kind: 'draft', id: subject.draftId };
  const tell = (text: string) => tellUser(ctx, { userId: actor.id, subject: cardSubject }, text);
  const log = ctx.logger.child({ callbackId, userId: actor.id, subject: cardSubject });
  let acked = false;
  const once: FormAck = async (response) => {
    acked = true;
    await ack(response);
  };
  try {
    if (!subject) {
      await once();
      return tell('This form lost track of what it was about; open it again from the card.');
    }
    if (!(await ctx.isModerator(actor.id))) {
      await once();
      log.warn('refused: not a moderator');
      return tell(NOT_MODERATOR);
    }
    const message = await save(ctx, once, callbackId as FormId, view, subject, actor);
    if (message !== null) await tell(message);
  } catch (error) {
    log.error(describeError(error), 'view submission failed');
    // unacknowledged, the modal spins until Slack shows its own error; acking twice only throws
    if (!acked) await ack().catch(() => undefined);
    await tell(ACTION_FAILED);
  }
}

/** Saves the form; returns the line for the moderator, or null when the modal stays open with errors. */
async function save(ctx: SlackBotContext, ack: FormAck, form: FormId, view: NonNullable<ReturnType<typeof readView>>, subject: NonNullable<ReturnType<typeof readFormSubject>>, actor: Actor): Promise<string | null> {
  const accepted = async <T>(read: FormResult<T>): Promise<T | null> => {
    if (read.ok) return read.value;
    await ack({ response_action: 'errors', errors: read.errors });
    return null;
  };
  const done = async (result: ModerationResult | UnsortedResult) => {
    await ack();
    return result.message;
  };
  if ('itemId' in subject) {
    const reason = await accepted(readReasonForm(view, 'for the record'));
    return reason === null ? null : done(await ctx.moderation.dismissUnsorted(subject.itemId, actor, reason));
  }
  const { draftId } = subject;
  if (form === FORMS.reject) {
    const reason = await accepted(readReasonForm(view, 'for the contributor'));
    return reason === null ? null : done(await ctx.moderation.reject(draftId, actor, reason));
  }
  if (form === FORMS.merge) {
    const target = await accepted(readMergeForm(view));
    return target === null ? null : done(await ctx.moderation.merge(draftId, actor, target));
  }
  const draft = await ctx.moderation.getDraft(draftId);
  if (!draft) return done({ ok: false, code: 'not-found', message: `There is no draft ${draftId}; nothing was changed.` });
  const patch = await accepted(readEditForm(view, draft, await ctx.loadCatalog()));
  if (patch === null) return null;
  if (Object.keys(patch).length === 0) return done({ ok: false, code: 'invalid', message: `Nothing changed in draft ${draftId}.` });
  if (subject.version === null) {
    await ack({ response_action: 'errors', errors: { name: 'This form does not say which version of the draft it shows; nothing was saved. Close it and press Edit on the card again.' } });
    return null;
  }
  const result = await ctx.moderation.edit(draftId, actor, patch, { fromVersion: subject.version });
  // a stale form stays open, so what was typed can still be copied
  if (!result.ok && result.code === 'stale') {
    await ack({ response_action: 'errors', errors: { name: result.message } });
    return null;
  }
  return done(result);
}
