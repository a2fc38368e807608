import type { Client } from 'discord.js';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Moderation } from '../../core/moderation/moderation-port.js';
import type { Logger } from '../../logger.js';
import type { DraftCardPosts } from '../../store/draft-card-posts.js';
import type { KeyedQueue } from '../keyed-queue.js';
import type { PageCache } from './page-cache.js';

/** Everything the Discord adapter works with; built once by startDiscordBot (or a test). */
export interface DiscordBotDeps {
  client: Client;
  moderation: Moderation;
  /** the current catalog (the store rebuilds it after each change) */
  loadCatalog: () => Promise<CatalogSnapshot>;
  cardPosts: DraftCardPosts;
  /** card posts and edits, one at a time per draft */
  cardQueue: KeyedQueue;
  pages: PageCache;
  /** members holding this role moderate; null: nobody does (moderation not configured) */
  moderatorRoleId: string | null;
  /** where draft cards are posted; null: cards are not posted */
  moderationChannelId: string | null;
  now: () => Date;
  logger: Logger;
}
