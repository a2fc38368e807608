import { ImapFlow } from 'imapflow';
import type { ImapConfig } from '../../config.js';
import type { IngestDeps, IngestOutcome } from '../ingest/ingest-deps.js';
import { computeBackoff } from '../outbox/compute-backoff.js';
import { drainMailbox } from './drain-mailbox.js';

/** The IMAP part of the config, plus timings that tests and benchmarks shorten. */
export interface ImapSettings extends ImapConfig {
  /** a pass every pollMs even without IDLE news (servers without IDLE, missed notifications) */
  pollMs?: number;
  /** inactivity before imapflow starts IDLE; its default (15 s) delays new mail in tests */
  autoIdleDelayMs?: number;
  reconnectBaseMs?: number;
  reconnectMaxMs?: number;
  /** TLS to a server with a self-signed certificate (tests, private servers) */
  allowSelfSigned?: boolean;
}

export interface ImapWatcher {
  /** resolves after the first backlog pass (never, while the server cannot be reached) */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

const DEFAULTS = { pollMs: 60_000, autoIdleDelayMs: 1_000, reconnectBaseMs: 1_000, reconnectMaxMs: 60_000 };

/**
 * Watches an IMAP mailbox: the backlog on connect, then IDLE (imapflow polls with STATUS where
 * IDLE is missing, and a pass runs every pollMs anyway), reconnecting with exponential backoff.
 */
export function startImapWatcher(settings: ImapSettings, deps: IngestDeps, onOutcome?: (o: IngestOutcome, uid: number) => void): ImapWatcher {
  const s = { ...DEFAULTS, ...settings };
  const log = deps.logger.child({ watcher: 'imap', mailbox: s.mailbox });
  let stopped = false;
  let client: ImapFlow | null = null;
  let wake: () => void = () => undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const waitForNews = (c: ImapFlow, ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        c.off('exists', done);
        c.off('close', done);
        resolve();
      }
      wake = done;
      c.on('exists', done);
      c.on('close', done);
    });

  async function session(connectionId: number): Promise<void> {
    const c = new ImapFlow({
      host: s.host,
      port: s.port,
      secure: s.secure,
      auth: { user: s.user, pass: s.password },
      logger: false,
      autoIdleDelay: s.autoIdleDelayMs,
      missingIdleCommand: 'STATUS',
      maxIdleTime: s.pollMs,
      ...(s.allowSelfSigned ? { tls: { rejectUnauthorized: false } } : {}),
    });
    client = c;
    c.on('error', (error: Error) => log.warn({ connectionId, err: error.message }, 'IMAP connection error'));
    try {
      await c.connect();
      log.info({ connectionId }, 'IMAP connected');
      const failedMailbox = s.failedMailbox ?? 'Failed';
      for (const box of [s.processedMailbox, failedMailbox]) if (box) await c.mailboxCreate(box).catch(() => undefined); // exists already
      const opts = { mailbox: s.mailbox, processedMailbox: s.processedMailbox, failedMailbox, batchSize: 50, batchBytes: 20 * 1024 * 1024, shouldStop: () => stopped, ...(onOutcome ? { onOutcome } : {}) };
      const first = await drainMailbox(c, deps, opts, log);
      log.info({ connectionId, handled: first }, 'backlog processed');
      markReady();
      failures = 0;
      while (!stopped && c.usable) {
        await waitForNews(c, s.pollMs);
        if (stopped || !c.usable) break;
        await drainMailbox(c, deps, opts, log);
      }
    } finally {
      client = null;
      if (c.usable) await c.logout().catch(() => undefined);
      else c.close();
    }
  }

  let failures = 0;
  const loop = (async () => {
    for (let connectionId = 1; !stopped; connectionId++) {
      try {
        await session(connectionId);
      } catch (error) {
        const e = error as { message?: string; authenticationFailed?: boolean };
        log.warn(
          { connectionId, err: e.message },
          e.authenticationFailed ? `IMAP login failed for IMAP_USER=${s.user}; check IMAP_PASSWORD` : 'IMAP session ended with an error',
        );
      }
      if (stopped) break;
      failures++;
      const delay = computeBackoff(failures, s.reconnectBaseMs, s.reconnectMaxMs);
      log.info({ delayMs: delay }, 'reconnecting to IMAP');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  })();

  return {
    ready,
    async stop() {
      stopped = true;
      wake();
      // the current group of messages finishes and is flagged; a server that does not answer is cut off
      const forced = setTimeout(() => client?.close(), 10_000);
      await loop;
      clearTimeout(forced);
    },
  };
}
