import type { CatalogWriter } from './catalog-writer.js';
import type { DraftRepository } from './draft-repository.js';
import type { OutcomeOutbox } from './outcome-outbox.js';
import type { ProposedEditRepository } from './proposed-edit.js';

/** The ports one moderation step writes through, all bound to the same transaction. */
export interface ModerationTx {
  drafts: DraftRepository;
  catalog: CatalogWriter;
  outbox: OutcomeOutbox;
  proposedEdits: ProposedEditRepository;
}

/**
 * Unit of work: `transaction` commits everything fn wrote or nothing (a throw rolls back), so a
 * draft is never marked approved without its catalog entry, nor the other way round.
 */
export interface ModerationStore {
  /** reads outside any transaction */
  drafts: DraftRepository;
  proposedEdits: ProposedEditRepository;
  transaction<T>(fn: (tx: ModerationTx) => Promise<T>): Promise<T>;
}

export interface ModerationDeps {
  store: ModerationStore;
  now: () => Date;
  /** called after a decision changed the catalog, so the caller rebuilds its snapshot */
  onCatalogChanged?: () => Promise<void> | void;
}
