import { notFound } from '../moderation/draft-state.js';
import type { CatalogSnapshot } from '../catalog/catalog-snapshot.js';
import { digestReply } from '../moderation/digest-reply.js';
import type { Actor } from '../moderation/draft.js';
import { draftCardReply } from '../moderation/draft-card-reply.js';
import { draftHistoryReply } from '../moderation/draft-history-reply.js';
import { draftListReply } from '../moderation/draft-list-reply.js';
import type { Moderation } from '../moderation/moderation-port.js';
import type { Reply } from '../reply/reply.js';
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

/** Runs one moderation command for a moderator; every outcome is a Reply, never a throw. */
export async function runModerationCommand(command: ChatCommand, ctx: CommandContext): Promise<Reply> {
  const { moderation, catalog, actor } = ctx;
  switch (command.verb) {
    case 'help':
      return moderationHelpReply();
    case 'invalid':
    case 'unknown':
      return moderationHelpReply(command.message);
    case 'drafts':
      return draftListReply(await moderation.listDrafts(command.status === 'all' ? {} : { status: command.status }), ctx.now);
    case 'digest':
      return digestReply(await moderation.listDrafts({ status: 'pending' }), ctx.now);
    case 'show': {
      const draft = await moderation.getDraft(command.draftId);
      return draft ? draftCardReply(draft, catalog) : noticeReply('moderation-not-found', notFound(command.draftId).message);
    }
    case 'history': {
      const versions = await moderation.history(command.draftId);
      return versions.length > 0 ? draftHistoryReply(command.draftId, versions) : noticeReply('moderation-not-found', notFound(command.draftId).message);
    }
    case 'approve':
      return moderationResultReply(await moderation.approve(command.draftId, actor), catalog);
    case 'reject':
      return moderationResultReply(await moderation.reject(command.draftId, actor, command.reason), catalog);
    case 'undo':
      return moderationResultReply(await moderation.undoEdit(command.draftId, actor), catalog);
    case 'accept-edit':
      return moderationResultReply(await moderation.acceptProposedEdit(command.draftId, actor), catalog);
    case 'decline-edit':
      return moderationResultReply(await moderation.declineProposedEdit(command.draftId, actor, command.reason), catalog);
    case 'claim':
      return moderationResultReply(await moderation.claim(command.draftId, actor), catalog);
    case 'release':
      return moderationResultReply(await moderation.release(command.draftId, actor, { override: command.override }), catalog);
    case 'merge': {
      const target = resolveAgreement(command.target, catalog);
      if (!target.ok) return noticeReply('moderation-invalid', target.message);
      return moderationResultReply(await moderation.merge(command.draftId, actor, target.agreement.id), catalog);
    }
    case 'confirm': {
      const result = await moderation.confirmCoverage(command.agreementId, command.elementId, actor, command.source ?? undefined);
      return result.ok
        ? { intent: 'coverage-confirmed', text: result.message, blocks: [{ type: 'paragraph', text: result.message }], agreements: [{ id: String(result.agreement.id), name: result.agreement.name }], norms: [], ephemeral: false }
        : noticeReply(`moderation-${result.code}`, result.message);
    }
    case 'export': {
      const what = command.since ? `the agreements that entered the BPF's dataset or changed since ${command.since}` : `the whole catalog (${catalog.agreements.length} agreements)`;
      const text = `Here is ${what} as ${command.format.toUpperCase()}: agreements, coverage links with their evidence and sources, and the agreement x element matrix.`;
      return {
        intent: 'catalog-export',
        text,
        blocks: [{ type: 'paragraph', text }],
        agreements: [],
        norms: [],
        ephemeral: true,
        attachment: { kind: 'catalog-export', format: command.format, ...(command.since ? { since: command.since } : {}) },
      };
    }
    case 'edit': {
      const patch = parseFieldAssignments(command.assignments, catalog);
      if (!patch.ok) return noticeReply('moderation-invalid', patch.message);
      return moderationResultReply(await moderation.edit(command.draftId, actor, patch.patch), catalog);
    }
  }
}
