import type { ModalSubmitInteraction } from 'discord.js';
import type { ModerationResult } from '../../../core/moderation/moderation-port.js';
import type { DiscordBotDeps } from '../discord-bot-deps.js';
import { formValues, readEditForm, readNormsForm, readReasonForm } from '../modals/read-form.js';
import type { ParsedCustomId } from '../render/discord-custom-id.js';
import { moderatorStep, refuseUnknown } from './handle-card-action.js';
import { EPHEMERAL } from './send-answer.js';
import { tellUser } from './tell-user.js';

/**
 * A submitted Edit, Norms, Reject or Dismiss modal: read (a bad value is said at once), then
 * acknowledged privately, saved, and the outcome told. An edit carries the version its form was
 * filled from; the core refuses it inside the save's transaction when the draft moved on.
 */
export async function handleFormSubmission(i: ModalSubmitInteraction, id: ParsedCustomId, deps: DiscordBotDeps): Promise<void> {
  const step = await moderatorStep(i, id, deps);
  if (!step) return;
  const { subjectId, actor } = step;
  const { moderation } = deps;
  const submitted = formValues(i);
  const done = async (run: () => Promise<{ message: string }>) => {
    await i.deferReply({ flags: EPHEMERAL });
    await tellUser(i, (await run()).message);
  };
  if (id.verb === 'reject-form' || id.verb === 'dismiss-form') {
    const reason = readReasonForm(submitted);
    if (!reason.ok) return tellUser(i, reason.message);
    return done(() => (id.verb === 'reject-form' ? moderation.reject(subjectId, actor, reason.value) : moderation.dismissUnsorted(subjectId, actor, reason.value)));
  }
  const fromVersion = Number(id.args[1]);
  if ((id.verb !== 'edit-form' && id.verb !== 'norms-form') || !Number.isSafeInteger(fromVersion)) return refuseUnknown(i, deps);
  const draft = await moderation.getDraft(subjectId);
  if (!draft) return tellUser(i, `There is no draft ${subjectId}; nothing was changed.`);
  const read = id.verb === 'edit-form' ? readEditForm(draft, submitted) : readNormsForm(draft, submitted, await deps.loadCatalog());
  if (!read.ok) return tellUser(i, read.message);
  if (Object.keys(read.value).length === 0) return tellUser(i, `No field of draft ${subjectId} was changed.`);
  return done((): Promise<ModerationResult> => moderation.edit(subjectId, actor, read.value, { fromVersion }));
}
