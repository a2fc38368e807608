import type { ButtonInteraction, ModalSubmitInteraction, StringSelectMenuInteraction } from 'discord.js';
import { decideCorrectionFromCard } from '../../../core/desk/decide-correction-from-card.js';
import { rateAnswer } from '../../../core/chat/rate-answer.js';
import { verdictOfAction } from '../../../core/feedback/feedback-actions.js';
import type { FeedbackVerdict } from '../../../core/feedback/feedback.js';
import { approveConfirm } from '../../../core/moderation/draft-card-reply.js';
import type { Actor } from '../../../core/moderation/draft.js';
import { discordActor } from '../discord-actor.js';
import type { DiscordBotDeps } from '../discord-bot-deps.js';
import { isDiscordModerator } from '../is-discord-moderator.js';
import { buildDismissModal } from '../modals/build-dismiss-modal.js';
import { buildEditModal } from '../modals/build-edit-modal.js';
import { buildMergePicker } from '../modals/build-merge-picker.js';
import { buildNormsModal } from '../modals/build-norms-modal.js';
import { buildRejectModal } from '../modals/build-reject-modal.js';
import { buildCustomId, subjectIdOf, type ParsedCustomId } from '../render/discord-custom-id.js';
import { escapeDiscordText } from '../render/escape-discord-text.js';
import { EPHEMERAL } from './send-answer.js';
import { tellUser } from './tell-user.js';

export type CardInteraction = ButtonInteraction | StringSelectMenuInteraction;

export const NOT_MODERATOR = 'Only moderators can decide on drafts, so nothing was changed.';
export const UNKNOWN = 'I do not recognise this button or form (perhaps it is from an older version of the bot); nothing was changed.';

/** Anything we did not send, or no longer understand: logged, refused privately, nothing changes. */
export async function refuseUnknown(i: CardInteraction | Parameters<typeof tellUser>[0], deps: DiscordBotDeps): Promise<void> {
  deps.logger.warn({ userId: i.user.id, customId: 'customId' in i ? i.customId.slice(0, 100) : undefined }, 'refused: unknown custom id');
  await tellUser(i, UNKNOWN);
}

/**
 * The subject a moderator's click or form is about, with who they are; null (after a private
 * refusal) for a malformed id or a member without the moderator role. Nothing changes then.
 */
export async function moderatorStep(i: CardInteraction | ModalSubmitInteraction, id: ParsedCustomId, deps: DiscordBotDeps): Promise<{ subjectId: number; actor: Actor } | null> {
  const subjectId = subjectIdOf(id);
  if (subjectId === null) {
    await refuseUnknown(i, deps);
    return null;
  }
  if (!isDiscordModerator(i.member, deps.moderatorRoleId)) {
    deps.logger.info({ userId: i.user.id, subjectId, verb: id.verb }, 'refused: not a moderator');
    await tellUser(i, NOT_MODERATOR);
    return null;
  }
  return { subjectId, actor: discordActor(i.user) };
}

/**
 * A click on a card or on the private messages it opens, or 👍/👎 under an answer (anyone may
 * rate an answer). Approve asks first (a second, private click); Edit, Edit norms, Reject and "Not a contribution" open their modal, but only when the core
 * says this moderator may (the draft exists, is pending and is not claimed by another); the rest
 * acknowledge privately, act, and say what happened. Cards follow from the desk events.
 */
export async function handleCardAction(i: CardInteraction, id: ParsedCustomId, deps: DiscordBotDeps): Promise<void> {
  const verdict = verdictOfAction(id.verb);
  if (verdict) return i.isButton() && id.args[0] ? rateFromButton(i, { verdict, turnId: id.args[0] }, deps) : refuseUnknown(i, deps);
  const step = await moderatorStep(i, id, deps);
  if (!step) return;
  const { subjectId, actor } = step;
  const { moderation } = deps;
  if (i.isStringSelectMenu()) {
    const agreementId = Number(i.values[0]);
    if (id.verb !== 'merge-pick' || !Number.isSafeInteger(agreementId) || agreementId <= 0) return refuseUnknown(i, deps);
    await i.deferUpdate();
    return closePrivate(i, (await moderation.merge(subjectId, actor, agreementId)).message);
  }
  switch (id.verb) {
    case 'approve':
    case 'edit':
    case 'edit-norms':
    case 'reject':
    case 'merge':
      return openForm(i, id.verb, subjectId, actor, deps);
    case 'approve-yes':
      await i.deferUpdate();
      return closePrivate(i, (await moderation.approve(subjectId, actor)).message);
    case 'cancel':
      return void (await i.update({ content: 'Nothing was changed.', components: [], allowedMentions: { parse: [] } }));
    case 'accept-edit':
    case 'decline-edit':
      await i.deferReply({ flags: EPHEMERAL });
      return tellUser(i, await decideCorrectionFromCard(moderation, id.verb, subjectId, actor));
    case 'undo-decision':
      await i.deferReply({ flags: EPHEMERAL });
      return tellUser(i, (await moderation.undoDecision(subjectId, actor)).message);
    case 'unsorted-draft':
      await i.deferReply({ flags: EPHEMERAL });
      return tellUser(i, (await moderation.draftFromUnsorted(subjectId, actor)).message);
    case 'unsorted-dismiss': {
      const item = await moderation.getUnsorted(subjectId);
      if (!item) return tellUser(i, `There is no item ${subjectId}.`);
      if (item.status !== 'open') return tellUser(i, `Item ${subjectId} was already ${item.resolution ?? item.status}.`);
      return i.showModal(buildDismissModal(item));
    }
    default:
      return refuseUnknown(i, deps);
  }
}

/** 👍, 👎 or "That's wrong" under an answer: recorded for the answer the button carries, in the click's channel. */
async function rateFromButton(i: ButtonInteraction, input: { verdict: FeedbackVerdict; turnId: string }, deps: DiscordBotDeps): Promise<void> {
  const actor = discordActor(i.user);
  const reply = await rateAnswer(deps.answers, { conversation: i.channelId, ...input, actor, now: deps.now() });
  deps.logger.info({ userId: actor.id, verdict: input.verdict, intent: reply.intent }, 'answer rated');
  await tellUser(i, reply.text);
}

/** The buttons that need the draft open to this moderator: a confirmation, a modal, the merge menu. */
async function openForm(i: CardInteraction, verb: 'approve' | 'edit' | 'edit-norms' | 'reject' | 'merge', draftId: number, actor: Actor, deps: DiscordBotDeps): Promise<void> {
  // a modal must be the first answer to the click, so the check comes before any acknowledgement
  const form = await deps.moderation.openForm(draftId, actor);
  if (!form.ok) return tellUser(i, form.message);
  const { draft } = form;
  if (verb === 'edit') return i.showModal(buildEditModal(draft));
  if (verb === 'edit-norms') return i.showModal(buildNormsModal(draft));
  if (verb === 'reject') return i.showModal(buildRejectModal(draft));
  if (verb === 'merge') return void (await i.reply({ ...buildMergePicker(draft, await deps.loadCatalog()), flags: EPHEMERAL }));
  const confirm = approveConfirm(draft);
  await i.reply({
    content: escapeDiscordText(`${confirm.title} ${confirm.text}`),
    components: [
      {
        type: 1,
        components: [
          { type: 2, style: 1, label: confirm.yes, custom_id: buildCustomId('approve-yes', String(draftId)) },
          { type: 2, style: 2, label: confirm.no, custom_id: buildCustomId('cancel', String(draftId)) },
        ],
      },
    ],
    flags: EPHEMERAL,
    allowedMentions: { parse: [] },
  });
}

/** Replaces the private message the click came from with the outcome, so it cannot be used twice. */
async function closePrivate(i: CardInteraction, message: string): Promise<void> {
  await i.editReply({ content: escapeDiscordText(message), components: [], allowedMentions: { parse: [] } });
}
