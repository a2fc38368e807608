import type { webApi } from '@slack/bolt';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { Moderation } from '../../core/moderation/moderation-port.js';
import type { Logger } from '../../logger.js';
import type { Database } from '../../store/database.js';
import type { DraftCardPosts } from '../../store/draft-card-posts.js';
import type { DraftCards } from './create-draft-cards.js';
import type { SlackConfig } from './slack-config.js';

/** What every listener of the Slack bot works with; built once in createSlackBot. */
export interface SlackBotContext {
  config: SlackConfig;
  client: webApi.WebClient;
  db: Database;
  moderation: Moderation;
  loadCatalog: () => Promise<CatalogSnapshot>;
  isModerator: (userId: string) => Promise<boolean>;
  cards: DraftCards;
  /** where each draft's Slack card is, so notes can go next to it */
  cardPosts: DraftCardPosts;
  now: () => Date;
  logger: Logger;
  /** runs CPU-bound work (answering, rendering) one job per event-loop turn: see create-turn-queue.ts */
  inTurn: <T>(job: () => T | Promise<T>) => Promise<T>;
  /** the bot's own user id, to strip "<@UBOT>" from mentions */
  botUserId: () => string | undefined;
}
