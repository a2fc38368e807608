import type { CatalogWriter } from '../core/moderation/catalog-writer.js';
import type { ModerationStore, ModerationTx } from '../core/moderation/moderation-store.js';
import type { CatalogRepository } from './catalog-repository.js';
import type { Database } from './database.js';
import { createDraftRepository } from './draft-repository.js';
import { enqueueMail } from './enqueue-mail.js';
import { createProposedEditRepository } from './proposed-edit-repository.js';

/**
 * The moderation unit of work over SQLite: drafts, catalog and outbox bound to one
 * `BEGIN IMMEDIATE` transaction, so a decision, its catalog change and its mail commit together.
 */
export function createModerationStore(store: { db: Database; catalog: CatalogRepository }, now: () => Date = () => new Date()): ModerationStore {
  const bind = (tx: Database): ModerationTx => {
    const catalog: CatalogWriter = {
      getAgreement: (id) => store.catalog.getAgreement(tx, id),
      hasElement: async (id) => (await tx.get('SELECT 1 FROM norm_elements WHERE id = ?', [id])) !== undefined,
      addAgreement: (agreement, change) => store.catalog.addAgreement(tx, agreement, change),
      async updateAgreement(agreement, change) {
        await store.catalog.upsertAgreement(tx, agreement, change);
        return (await store.catalog.getAgreement(tx, agreement.id)) ?? agreement;
      },
    };
    return {
      drafts: createDraftRepository(tx),
      catalog,
      outbox: { enqueue: (mail) => enqueueMail(tx, { ...mail, kind: 'outcome' }, now()) },
      proposedEdits: createProposedEditRepository(tx),
    };
  };
  return {
    drafts: createDraftRepository(store.db),
    proposedEdits: createProposedEditRepository(store.db),
    transaction: (fn) => store.db.transaction((tx) => fn(bind(tx))),
  };
}
