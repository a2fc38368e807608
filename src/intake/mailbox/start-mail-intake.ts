import type { Logger } from 'pino';
import type { AcknowledgementConfig, Config } from '../../config.js';
import type { Store } from '../../store/open-store.js';
import type { IngestDeps, IngestOutcome, ParseEmail } from '../ingest/ingest-deps.js';
import { recoverStoredMessages } from '../ingest/recover-stored-messages.js';
import { startOutboxSender, type OutboxSender } from '../outbox/start-outbox-sender.js';
import type { MailTransport } from '../outbox/send-due-mail.js';
import { startFolderWatcher } from './start-folder-watcher.js';

export interface MailIntake {
  /** 'imap' or the local inbox folder */
  readonly source: 'imap' | 'folder';
  stop(): Promise<void>;
}

/**
 * The whole intake for the composition root: finishes what a crash left stored, then watches IMAP
 * (or data/inbox when IMAP is not configured) and sends acknowledgements through SMTP (without
 * SMTP they wait in the outbox until it is configured).
 */
export async function startMailIntake(input: {
  config: Pick<Config, 'imap' | 'smtp' | 'inboxDir'>;
  store: Store;
  parse: ParseEmail;
  logger: Logger;
  now?: () => Date;
  /** tests pass their own */
  transport?: MailTransport;
  onOutcome?: (outcome: IngestOutcome) => void;
  /** MAIL_AUTHSERV_ID and the acknowledgement limits; absent: the defaults of IngestDeps */
  acknowledgements?: AcknowledgementConfig;
}): Promise<MailIntake> {
  const { config, store } = input;
  const logger = input.logger.child({ component: 'intake' });
  const now = input.now ?? (() => new Date());
  const deps: IngestDeps = {
    db: store.db,
    parse: input.parse,
    catalog: () => store.catalog.loadSnapshot(),
    smtpFrom: config.smtp?.from ?? '',
    // the contribution mailbox's own address is never answered either
    acknowledgements: { ...input.acknowledgements, ownAddresses: config.imap ? [config.imap.user] : [] },
    logger,
    now,
  };
  if (config.imap && !input.acknowledgements?.authservId) {
    logger.warn('MAIL_AUTHSERV_ID is not set: acknowledgements go to the From address without checking SPF, DKIM or DMARC; set it to the authserv-id your mail server writes in Authentication-Results');
  }
  let sender: OutboxSender | null = null;
  if (config.smtp) {
    // nodemailer and imapflow are imported only when configured: they slow the start-up otherwise
    const transport = input.transport ?? (await import('../outbox/create-smtp-transport.js')).createSmtpTransport(config.smtp);
    sender = startOutboxSender({ db: store.db, transport, from: config.smtp.from, logger: input.logger.child({ component: 'outbox' }), now });
  } else {
    logger.warn('SMTP is not configured: acknowledgements wait in the outbox until SMTP_HOST and SMTP_FROM are set');
  }
  const onOutcome = (o: IngestOutcome) => {
    if (o.status === 'processed' && o.acknowledged) sender?.wake();
    input.onOutcome?.(o);
  };
  for (const o of await recoverStoredMessages(deps)) onOutcome(o);

  const watcher = config.imap
    ? (await import('./start-imap-watcher.js')).startImapWatcher(config.imap, deps, onOutcome)
    : startFolderWatcher({ dir: config.inboxDir }, deps, onOutcome);
  return {
    source: config.imap ? 'imap' : 'folder',
    async stop() {
      await watcher.stop();
      await sender?.stop();
    },
  };
}
