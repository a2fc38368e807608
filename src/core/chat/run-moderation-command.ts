import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import type { CardSubject } from '../desk/card-subject.js';
import { digestReply } from '../moderation/digest-reply.js';
import type { Actor } from '../moderation/draft.js';
import { draftHistoryReply, draftWithHistoryReply } from '../moderation/draft-history-reply.js';
import { draftListReply } from '../moderation/draft-list-reply.js';
import { notFound } from '../moderation/draft-state.js';
import { undoLast } from '../moderation/undo-last.js';
import type { Moderation, ModerationResult, UnsortedResult } from '../moderation/moderation-port.js';
import type { Reply } from '../reply/reply.js';
import { unsortedCardReply } from '../unsorted/unsorted-card-reply.js';
import { unsortedListReply } from '../unsorted/unsorted-list-reply.js';
import { moderationHelpReply } from './moderation-help-reply.js';
import { moderationResultReply, noticeReply } from './moderation-result-reply.js';
import type { ChatCommand } from './parse-chat-command.js';
import { parseFieldAssignments } from './parse-field-assignments.js';
import { resolveAgreement } from './resolve-agreement.js';

export interface CommandContext {
  moderation: Moderation;
  catalog: CatalogSnapshot;
  now: Date;
  actor: Actor;
}

/** A chat turn's answer, and the card subject it changed or showed (null: none). */
export interface ChatAnswer {
  reply: Reply;
  touched: CardSubject | null;
}

const draft = (id: number): CardSubject => ({ kind: 'draft', id });
const answer = (reply: Reply, touched: CardSubject | null = null): ChatAnswer => ({ reply, touched });

/** Runs one moderation command for a moderator; every outcome is a Reply, never a throw. */
export async function runModerationCommand(command: ChatCommand, ctx: CommandContext): Promise<ChatAnswer> {
  const { moderation, catalog, actor, now } = ctx;
  const result = (r: ModerationResult, id: number) => answer(moderationResultReply(r, catalog, now), draft(id));
  switch (command.verb) {
    case 'help':
      return answer(moderationHelpReply());
    case 'invalid':
    case 'unknown':
      return answer(moderationHelpReply(command.message));
    case 'drafts':
      return answer(draftListReply(await moderation.listDrafts(command.status === 'all' ? {} : { status: command.status }), now));
    case 'digest':
      return answer(digestReply(await moderation.listDrafts({ status: 'pending' }), now, await moderation.listUnsorted({ status: 'open' })));
    case 'show': {
      const found = await moderation.getDraft(command.draftId);
      return found ? answer(draftWithHistoryReply(found, await moderation.timeline(found.id), catalog, now), draft(found.id)) : answer(noticeReply('moderation-not-found', notFound(command.draftId).message));
    }
    case 'history': {
      const entries = await moderation.timeline(command.draftId);
      return entries.length > 0 ? answer(draftHistoryReply(command.draftId, entries), draft(command.draftId)) : answer(noticeReply('moderation-not-found', notFound(command.draftId).message));
    }
    case 'approve':
      return result(await moderation.approve(command.draftId, actor), command.draftId);
    case 'reject':
      return result(await moderation.reject(command.draftId, actor, command.reason), command.draftId);
    case 'undo':
      return result(await undoLast(moderation, command.draftId, actor), command.draftId);
    case 'accept-edit':
      return result(await moderation.acceptProposedEdit(command.draftId, actor), command.draftId);
    case 'decline-edit':
      return result(await moderation.declineProposedEdit(command.draftId, actor, command.reason), command.draftId);
    case 'claim':
      return result(await moderation.claim(command.draftId, actor), command.draftId);
    case 'release':
      return result(await moderation.release(command.draftId, actor, { override: command.override }), command.draftId);
    case 'merge': {
      const target = resolveAgreement(command.target, catalog);
      if (!target.ok) return answer(noticeReply('moderation-invalid', target.message));
      return result(await moderation.merge(command.draftId, actor, target.agreement.id), command.draftId);
    }
    case 'export': {
      const what = command.since ? `the agreements that entered the BPF's dataset or changed since ${command.since}` : `the whole catalog (${catalog.agreements.length} agreements)`;
      const text = `Here is ${what} as ${command.format.toUpperCase()}: agreements, coverage links with their evidence and sources, and the agreement x element matrix.`;
      return answer({
        intent: 'catalog-export',
        text,
        blocks: [{ type: 'paragraph', text }],
        agreements: [],
        norms: [],
        ephemeral: true,
        attachment: { kind: 'catalog-export', format: command.format, ...(command.since ? { since: command.since } : {}) },
      });
    }
    case 'edit': {
      const patch = parseFieldAssignments(command.assignments, catalog);
      if (!patch.ok) return answer(noticeReply('moderation-invalid', patch.message));
      return result(await moderation.edit(command.draftId, actor, patch.patch), command.draftId);
    }
    case 'confirm': {
      const confirmed = await moderation.confirmCoverage(command.agreementId, command.elementId, actor, command.source ?? undefined);
      return answer(
        confirmed.ok
          ? { intent: 'coverage-confirmed', text: confirmed.message, blocks: [{ type: 'paragraph', text: confirmed.message }], agreements: [{ id: String(confirmed.agreement.id), name: confirmed.agreement.name }], norms: [], ephemeral: false }
          : noticeReply(`moderation-${confirmed.code}`, confirmed.message),
      );
    }
    case 'unsorted':
      return answer(unsortedListReply(await moderation.listUnsorted({ status: 'open' })));
    case 'unsorted-show': {
      const item = await moderation.getUnsorted(command.itemId);
      return item ? answer(unsortedCardReply(item), { kind: 'unsorted', id: item.id }) : answer(noticeReply('moderation-not-found', `There is no item ${command.itemId}; "unsorted" lists the open ones.`));
    }
    case 'unsorted-draft':
      return unsortedAnswer(await moderation.draftFromUnsorted(command.itemId, actor), command.itemId);
    case 'unsorted-dismiss':
      return unsortedAnswer(await moderation.dismissUnsorted(command.itemId, actor, command.reason), command.itemId);
  }
}

/** The item's card headed by what happened, or a private notice of why nothing did. */
function unsortedAnswer(r: UnsortedResult, itemId: number): ChatAnswer {
  const touched: CardSubject = { kind: 'unsorted', id: itemId };
  if (!r.ok) return answer(noticeReply(`moderation-${r.code}`, r.message), touched);
  const card = unsortedCardReply(r.item);
  return answer({ ...card, text: `${r.message}\n\n${card.text}`, blocks: [{ type: 'paragraph', text: r.message }, ...card.blocks] }, touched);
}
