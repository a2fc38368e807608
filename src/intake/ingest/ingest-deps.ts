import type { Logger } from 'pino';
import type { AcknowledgementConfig } from '../../config.js';
import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { ParsedMessage } from '../../core/contribution/parsed-message.js';
import type { ReplyReading } from '../../core/replies/reply-reading.js';
import type { CatalogRepository } from '../../store/catalog-repository.js';
import type { Database } from '../../store/database.js';
import type { ReplyContext } from '../parse/reply/read-reply.js';

export type ParseEmail = (raw: Buffer, ctx: { catalog: CatalogSnapshot }) => Promise<ParsedMessage>;
export type ReadReply = (raw: Buffer, ctx: ReplyContext) => Promise<ReplyReading>;

/** What ingestion needs; the composition root passes the real parser, store and clock. */
export interface IngestDeps {
  db: Database;
  parse: ParseEmail;
  /** read at each message: the catalog changes as drafts are approved */
  catalog: () => CatalogSnapshot | Promise<CatalogSnapshot>;
  /** the bot's own address (SMTP_FROM): never acknowledged, to avoid mail loops */
  smtpFrom: string;
  /**
   * Who gets acknowledgements and how many (MAIL_AUTHSERV_ID, ACK_MAX_*); absent: From alone,
   * one per sender a day, 30 an hour. `ownAddresses` adds to SMTP_FROM (the mailbox's own address).
   */
  acknowledgements?: Partial<AcknowledgementConfig> & { ownAddresses?: readonly string[] };
  logger: Logger;
  now: () => Date;
  maxMessageBytes?: number;
  /** reads a reply to a contribution's thread; default: readReply (src/intake/parse/reply/read-reply.ts) */
  readReply?: ReadReply;
  /**
   * the catalog a reply asking for anonymity may change (the name withheld in agreements approved
   * from the contribution): the process's own repository, so its cached snapshot sees the change;
   * default: a repository over `db`
   */
  catalogStore?: Pick<CatalogRepository, 'getAgreement' | 'upsertAgreement'>;
}

export type IngestOutcome =
  /** unsortedId: the "needs a look" item made of a mail that yielded no draft (null when it did, or is an auto-reply); replyId: the message answered an existing contribution's thread (contributionId) rather than being a new one, changedDraftIds the drafts whose cards it changed */
  | { status: 'processed'; rawId: number; kind: ParsedMessage['kind']; contributionId: number; draftIds: number[]; unsortedId: number | null; acknowledged: boolean; replyId?: number; changedDraftIds?: number[] }
  | { status: 'duplicate'; rawId: number; duplicateOf: number }
  | { status: 'failed'; rawId: number; error: { code: string; message: string } }
  /** stored safely but not processed (processing crashed): retried later, not flagged or moved */
  | { status: 'retry'; rawId: number; error: { code: string; message: string } };
