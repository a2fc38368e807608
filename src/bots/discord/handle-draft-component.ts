import { describeDecision } from '../../core/moderation/draft-state.js';
import { discordActor } from './discord-actor.js';
import type { DiscordBotDeps } from './discord-bot-deps.js';
import { draftIdOf, type ParsedCustomId } from './discord-custom-id.js';
import { escapeDiscordText } from './escape-discord-text.js';
import { buildDraftEditModal, readDraftEditPatch } from './draft-edit-modal.js';
import { buildDraftRejectModal } from './draft-reject-modal.js';
import { isDiscordModerator } from './is-discord-moderator.js';
import { mergeSelectPage } from './merge-select-page.js';
import { applyDraftDecision, type DecisionSource } from './apply-draft-decision.js';
import { replyEphemeral } from './reply-ephemeral.js';
import { EPHEMERAL } from './send-reply-pages.js';

/**
 * Approve / Edit / Reject / Merge on a draft card, and the modals and menu they open. Only
 * members with the moderator role get past the first check; everyone else is refused privately
 * and nothing changes.
 */
export async function handleDraftComponent(i: DecisionSource, id: ParsedCustomId, deps: DiscordBotDeps): Promise<void> {
  const draftId = draftIdOf(id);
  if (draftId === null) return refuseUnknown(i, deps);
  if (!isDiscordModerator(i.member, deps.moderatorRoleId)) {
    deps.logger.info({ userId: i.user.id, draftId, verb: id.verb }, 'refused: not a moderator');
    return replyEphemeral(i, 'Only moderators can decide on drafts, so nothing was changed.');
  }
  const actor = discordActor(i.user);
  const { moderation } = deps;

  // Merge opens a private menu built from the catalog: acknowledged first, the menu follows.
  if (id.verb === 'merge' && i.isButton()) {
    await i.deferReply({ flags: EPHEMERAL });
    const draft = await moderation.getDraft(draftId);
    const refusal = !draft ? `There is no draft ${draftId}.` : draft.status !== 'pending' ? `Draft ${draftId} was already ${describeDecision(draft)}.` : null;
    const page = refusal ?? mergeSelectPage(draft!, await deps.loadCatalog());
    await i.editReply(typeof page === 'string' ? { content: escapeDiscordText(page), allowedMentions: { parse: [] } } : page);
    return;
  }

  // Buttons that open a modal: the draft must still be pending, and showModal must be the first response.
  if (id.verb === 'edit' || id.verb === 'reject') {
    const draft = await moderation.getDraft(draftId);
    if (!draft) return replyEphemeral(i, `There is no draft ${draftId}.`);
    if (draft.status !== 'pending') return replyEphemeral(i, `Draft ${draftId} was already ${describeDecision(draft)}.`);
    if (!i.isButton()) return refuseUnknown(i, deps);
    return i.showModal(id.verb === 'edit' ? buildDraftEditModal(draft) : buildDraftRejectModal(draft));
  }

  if (id.verb === 'approve' && i.isButton()) {
    await i.deferUpdate();
    return applyDraftDecision(i, deps, draftId, () => moderation.approve(draftId, actor), { sourceIsCard: true });
  }
  if (id.verb === 'reject-form' && i.isModalSubmit()) {
    const reason = i.fields.getTextInputValue('reason').trim();
    if (reason.length < 3) return replyEphemeral(i, 'A reason is needed to reject a draft; nothing was changed.');
    await i.deferUpdate();
    return applyDraftDecision(i, deps, draftId, () => moderation.reject(draftId, actor, reason), { sourceIsCard: true });
  }
  if (id.verb === 'edit-form' && i.isModalSubmit()) {
    const draft = await moderation.getDraft(draftId);
    if (!draft) return replyEphemeral(i, `There is no draft ${draftId}.`);
    if (draft.status !== 'pending') return replyEphemeral(i, `Draft ${draftId} was already ${describeDecision(draft)}; your edit was not saved.`);
    // the form was filled from the version in its custom id; saving over a newer one would undo someone's edit
    if (id.args[1] !== String(draft.version)) {
      return replyEphemeral(i, `Draft ${draftId} was edited by someone else while your form was open; nothing was saved. Press Edit again to see the current fields.`);
    }
    const submitted = Object.fromEntries(i.fields.fields.filter((f) => 'value' in f).map((f) => [f.customId, String((f as { value: string }).value)]));
    const read = readDraftEditPatch(draft, submitted);
    if (!read.ok) return replyEphemeral(i, read.message);
    if (Object.keys(read.patch).length === 0) return replyEphemeral(i, `No field of draft ${draftId} was changed.`);
    await i.deferUpdate();
    return applyDraftDecision(i, deps, draftId, () => moderation.edit(draftId, actor, read.patch), { sourceIsCard: true });
  }
  if (id.verb === 'merge-pick' && i.isStringSelectMenu()) {
    const agreementId = Number(i.values[0]);
    if (!Number.isSafeInteger(agreementId) || agreementId <= 0) return refuseUnknown(i, deps);
    await i.deferUpdate();
    return applyDraftDecision(i, deps, draftId, () => moderation.merge(draftId, actor, agreementId), { sourceIsCard: false });
  }
  return refuseUnknown(i, deps);
}

/** Anything we did not send, or no longer understand: logged, refused privately, nothing changes. */
export async function refuseUnknown(i: DecisionSource, deps: DiscordBotDeps): Promise<void> {
  deps.logger.warn({ userId: i.user.id, customId: i.customId.slice(0, 100) }, 'refused: unknown custom id');
  await replyEphemeral(i, 'I do not recognise this button or form (perhaps it is from an older version of the bot); nothing was changed.');
}
