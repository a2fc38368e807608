import type { CatalogWriter } from '../core/moderation/catalog-writer.js';
import type { ModerationStore, ModerationTx } from '../core/moderation/moderation-store.js';
import type { OutcomeOutbox } from '../core/moderation/outcome-outbox.js';
import type { CatalogRepository } from './catalog-repository.js';
import type { Database } from './database.js';
import { createDraftRepository } from './draft-repository.js';
import { enqueueMail } from './enqueue-mail.js';
import { createProposedEditRepository } from './proposed-edit-repository.js';
import { createUnsortedRepository } from './unsorted-repository.js';

/** Outcome mails wait out the undo window; an undo takes a mail back while it still waits. */
function outcomeOutbox(tx: Database, now: () => Date): OutcomeOutbox {
  return {
    async enqueue(mail, options = {}) {
      const queued = await enqueueMail(tx, { ...mail, kind: 'outcome' }, now());
      if (queued && options.holdUntil) await tx.run('UPDATE outbox SET next_attempt_at = ? WHERE dedupe_key = ?', [options.holdUntil, mail.dedupeKey]);
      return queued;
    },
    async withdraw(dedupeKey) {
      const res = await tx.run(`DELETE FROM outbox WHERE dedupe_key = ? AND status = 'pending' AND attempts = 0`, [dedupeKey]);
      return res.changes === 1;
    },
  };
}

/**
 * The moderation unit of work over SQLite: drafts, catalog, outbox and the "needs a look" queue
 * bound to one `BEGIN IMMEDIATE` transaction, so a decision, its catalog change and its mail
 * commit together.
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
      removeAgreement: (id, change) => store.catalog.removeAgreement(tx, id, change),
    };
    return { drafts: createDraftRepository(tx), catalog, outbox: outcomeOutbox(tx, now), unsorted: createUnsortedRepository(tx), proposedEdits: createProposedEditRepository(tx) };
  };
  return {
    drafts: createDraftRepository(store.db),
    unsorted: createUnsortedRepository(store.db),
    proposedEdits: createProposedEditRepository(store.db),
    transaction: (fn) => store.db.transaction((tx) => fn(bind(tx))),
  };
}
