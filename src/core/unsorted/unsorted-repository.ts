import type { Actor } from '../moderation/draft.js';
import type { NewUnsortedItem, UnsortedItem, UnsortedStatus } from './unsorted-item.js';

/** A resolution written by compare-and-set: only an open item takes it. */
export interface UnsortedResolution {
  status: Exclude<UnsortedStatus, 'open'>;
  actor: Actor;
  at: string;
  resolution: string;
  draftIds: number[];
}

/** The "needs a look" queue port (SQLite: src/store/unsorted-repository.ts). */
export interface UnsortedRepository {
  get(itemId: number): Promise<UnsortedItem | null>;
  /** oldest first */
  list(filter?: { status?: UnsortedStatus }): Promise<UnsortedItem[]>;
  /** the new item's id, or the existing one's when its dedupe key was added before */
  add(item: NewUnsortedItem, at: string): Promise<{ id: number; added: boolean }>;
  /** false when the item was no longer open */
  resolve(itemId: number, resolution: UnsortedResolution): Promise<boolean>;
}
