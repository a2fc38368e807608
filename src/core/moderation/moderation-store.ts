import type { DeskEvents } from '../desk/desk-event.js';
import type { UnsortedRepository } from '../unsorted/unsorted-repository.js';
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
  unsorted: UnsortedRepository;
}

/**
 * Unit of work: `transaction` commits everything fn wrote or nothing (a throw rolls back), so a
 * draft is never marked approved without its catalog entry, nor the other way round.
 */
export interface ModerationStore {
  /** reads outside any transaction */
  drafts: DraftRepository;
  proposedEdits: ProposedEditRepository;
  unsorted: UnsortedRepository;
  transaction<T>(fn: (tx: ModerationTx) => Promise<T>): Promise<T>;
}

export interface ModerationDeps {
  store: ModerationStore;
  now: () => Date;
  /** called after a decision changed the catalog, so the caller rebuilds its snapshot */
  onCatalogChanged?: () => Promise<void> | void;
  /** told of every committed change, so cards follow at once (src/bots/desk) */
  events?: Pick<DeskEvents, 'emit'>;
}
