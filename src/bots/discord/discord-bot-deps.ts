import type { Client } from 'discord.js';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Moderation } from '../../core/moderation/moderation-port.js';
import type { Logger } from '../../logger.js';
import type { AnswerDeps } from '../desk/answer-deps.js';
import type { PageCache } from './page-cache.js';

/** Everything the Discord listeners work with; built once by startDiscordBot. */
export interface DiscordBotDeps {
  client: Client;
  moderation: Moderation;
  /** follow-ups, 👍/👎 and the files answers carry */
  answers: AnswerDeps;
  /** the current catalog (the store rebuilds it after each change) */
  loadCatalog: () => Promise<CatalogSnapshot>;
  pages: PageCache;
  /** members holding this role moderate; null: nobody does (moderation not configured) */
  moderatorRoleId: string | null;
  now: () => Date;
  logger: Logger;
}
