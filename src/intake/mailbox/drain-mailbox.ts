import type { ImapFlow } from 'imapflow';
import type { Logger } from 'pino';
import { readImapCheckpoint, writeImapCheckpoint } from '../../store/imap-checkpoint.js';
import type { IngestDeps, IngestOutcome } from '../ingest/ingest-deps.js';
import { ingestMessages } from '../ingest/ingest-message.js';
import { MAX_MESSAGE_BYTES } from '../ingest/intake-limits.js';

export interface DrainOptions {
  mailbox: string;
  /** where handled messages are moved after the commit; null keeps them in place, flagged \Seen */
  processedMailbox: string | null;
  /** where messages given up on (stored as failed) are moved; null keeps them in place, flagged \Seen */
  failedMailbox?: string | null;
  /** messages fetched per round trip */
  batchSize: number;
  /** bytes fetched per round trip, so a batch of big attachments stays bounded in memory */
  batchBytes: number;
  onOutcome?: (outcome: IngestOutcome, uid: number) => void;
  /** checked between groups of messages: a graceful stop ends the pass after flagging what was committed */
  shouldStop?: () => boolean;
}

/** A refused move must not stall the intake: the messages are committed, flagged and checkpointed. */
async function moveHandled(client: ImapFlow, uids: number[], target: string | null, variable: string, mailbox: string, log: Logger): Promise<void> {
  if (!target || uids.length === 0) return;
  const moved = await client.messageMove(uids, target, { uid: true }).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
  if (moved === false || typeof moved === 'string') log.warn({ err: moved || 'refused' }, `cannot move messages to ${target}; they stay flagged \\Seen in ${mailbox}; check ${variable}`);
}

/**
 * messages whose raw bytes are stored in one transaction, then parsed and committed (ingestMessages
 * commits them in smaller groups while parsing the next); a stop is honoured between store groups
 */
const STORE_GROUP = 30;

interface Pending {
  uid: number;
  size: number;
}

function chunk(list: Pending[], maxCount: number, maxBytes: number): Pending[][] {
  const chunks: Pending[][] = [];
  let current: Pending[] = [];
  let bytes = 0;
  for (const m of list) {
    if (current.length > 0 && (current.length >= maxCount || bytes + m.size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(m);
    bytes += m.size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Ingests every message above the checkpoint, then flags (and moves) the ones whose outcome is
 * committed, then advances the checkpoint. The checkpoint never passes a message left for retry.
 * Holds the mailbox lock for the pass and always releases it.
 */
export async function drainMailbox(client: ImapFlow, deps: IngestDeps, o: DrainOptions, log: Logger): Promise<number> {
  const maxBytes = deps.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const lock = await client.getMailboxLock(o.mailbox);
  let handled = 0;
  let nextFetch: ReturnType<ImapFlow['fetchAll']> | null = null;
  try {
    const mailbox = client.mailbox;
    if (!mailbox) throw new Error(`mailbox ${o.mailbox} is not open`);
    const uidValidity = String(mailbox.uidValidity);
    let checkpoint = await readImapCheckpoint(deps.db, o.mailbox);
    if (!checkpoint || checkpoint.uidValidity !== uidValidity) {
      // UIDs of another UIDVALIDITY mean nothing: start over; the raw hash dedupes what was seen
      if (checkpoint) log.warn({ mailbox: o.mailbox, was: checkpoint.uidValidity, now: uidValidity }, 'UIDVALIDITY changed; checkpoint reset');
      checkpoint = { uidValidity, lastUid: 0 };
      await writeImapCheckpoint(deps.db, o.mailbox, checkpoint, deps.now());
    }
    if (mailbox.exists === 0) return 0;
    const listed = await client.fetchAll(`${checkpoint.lastUid + 1}:*`, { uid: true, size: true }, { uid: true });
    // "n:*" also returns the highest message when n is above it (RFC 3501 §6.4.8)
    const pending = listed
      .filter((m) => m.uid > checkpoint.lastUid)
      .map((m) => ({ uid: m.uid, size: m.size ?? 0 }))
      .sort((a, b) => a.uid - b.uid);
    let blocked = false;
    const batches = chunk(pending, o.batchSize, o.batchBytes);
    const fetchBatch = (batch: Pending[]) => {
      const range = batch.map((m) => m.uid).join(',');
      // an oversized message is fetched only up to the limit + 1 byte: enough to store and reject it
      const big = batch.some((m) => m.size > maxBytes);
      const fetching = client.fetchAll(range, { uid: true, source: big ? { start: 0, maxLength: maxBytes + 1 } : true }, { uid: true });
      fetching.catch(() => undefined); // awaited (and its error thrown) when the batch's turn comes
      return fetching;
    };
    // the next batch is fetched while this one is processed: at most two batches in memory, and
    // fetching has no effect on the server, so flags still follow the commits
    nextFetch = batches.length > 0 ? fetchBatch(batches[0]!) : null;
    for (const [b, batch] of batches.entries()) {
      const fetched = await nextFetch!;
      nextFetch = b + 1 < batches.length && !o.shouldStop?.() ? fetchBatch(batches[b + 1]!) : null;
      const sources = new Map(fetched.map((m) => [m.uid, m.source ?? Buffer.alloc(0)]));
      const committed: number[] = [];
      const failed = new Set<number>();
      // one catalog read per batch, not per message: an approval lands at the latest one batch later
      const snapshot = await deps.catalog();
      const batchDeps: IngestDeps = { ...deps, catalog: () => snapshot };
      const present = batch.filter((m) => sources.has(m.uid)); // the others were expunged meanwhile
      // raw bytes stored a group at a time (one transaction instead of one per message), each group
      // finished before the next
      for (let g = 0; g < present.length && !o.shouldStop?.(); g += STORE_GROUP) {
        const group = present.slice(g, g + STORE_GROUP);
        const messages = group.map(({ uid }) => ({ raw: sources.get(uid)!, origin: `imap:${o.mailbox}:${uidValidity}:${uid}` }));
        await ingestMessages(
          messages,
          batchDeps,
          (outcome, i) => {
            const uid = group[i]!.uid;
            o.onOutcome?.(outcome, uid);
            log.debug({ uid, rawId: outcome.rawId, status: outcome.status }, 'message handled');
            if (outcome.status === 'retry') {
              blocked = true;
              return;
            }
            committed.push(uid);
            if (outcome.status === 'failed') failed.add(uid);
            if (!blocked) checkpoint.lastUid = uid;
          },
        );
      }
      if (committed.length > 0) {
        await client.messageFlagsAdd(committed, ['\\Seen'], { uid: true });
        await moveHandled(client, committed.filter((uid) => !failed.has(uid)), o.processedMailbox, 'IMAP_PROCESSED_MAILBOX', o.mailbox, log);
        await moveHandled(client, [...failed], o.failedMailbox ?? null, 'IMAP_FAILED_MAILBOX', o.mailbox, log);
      }
      await writeImapCheckpoint(deps.db, o.mailbox, checkpoint, deps.now());
      handled += committed.length;
      if (o.shouldStop?.()) break;
    }
    return handled;
  } finally {
    await nextFetch?.catch(() => undefined); // the lock is released only when no fetch of ours is running
    lock.release();
  }
}
