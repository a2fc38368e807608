import type { webApi } from '@slack/bolt';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { HandledEvents } from '../../core/chat/handled-events.js';
import type { CardLedger } from '../../core/desk/card-ledger.js';
import type { Moderation } from '../../core/moderation/moderation-port.js';
import type { Logger } from '../../logger.js';
import type { AnswerDeps } from '../desk/answer-deps.js';
import type { SlackConfig } from './slack-config.js';

/** What every listener of the Slack bot works with; built once in startSlackBot. */
export interface SlackBotContext {
  config: SlackConfig;
  /** for answers and notes to users: bounded retries (start-slack-bot.ts) */
  client: webApi.WebClient;
  moderation: Moderation;
  /** follow-ups, 👍/👎 and the files answers carry */
  answers: AnswerDeps;
  loadCatalog: () => Promise<CatalogSnapshot>;
  isModerator: (userId: string) => Promise<boolean>;
  /** where each card sits, so a private note can go next to it */
  ledger: CardLedger;
  handledEvents: HandledEvents;
  now: () => Date;
  logger: Logger;
  /** resolves once the HTTP responses Slack is waiting for are sent: work after an ack starts here (create-ack-gate.ts) */
  afterAcks: () => Promise<void>;
  /** runs CPU-bound work (answering, rendering) one job per event-loop turn: see create-turn-queue.ts */
  inTurn: <T>(job: () => T | Promise<T>) => Promise<T>;
  /** the bot's own user id, to strip "<@UBOT>" from mentions */
  botUserId: () => string | undefined;
}
