import { buildDrafts } from '../../core/contribution/build-drafts.js';
import { needsALook } from '../../core/unsorted/unsorted-from-message.js';
import { checkParsedMessage, type ParsedMessage } from '../../core/contribution/parsed-message.js';
import { stripControlCharactersDeep, toOneLine } from '../../core/text/strip-control-characters.js';
import {
  markProcessingStart,
  markRawFailed,
  readRawBytes,
  readRawRow,
  recordProcessingError,
  storeRawMessage,
  storeRawMessages,
  type NewRawMessage,
  type RawMessageRow,
} from '../../store/intake-repository.js';
import { StoreError } from '../../store/store-error.js';
import { commitMessages, type ReadyMessage } from './commit-messages.js';
import { findReplyThread, processReply, readReferences } from './process-reply.js';
import type { IngestDeps, IngestOutcome } from './ingest-deps.js';
import { inspectRawMessage } from './inspect-raw-message.js';
import { MAX_INTERRUPTED_STARTS, MAX_MESSAGE_BYTES, MAX_PROCESSING_ERRORS, OVERSIZED_KEPT_BYTES } from './intake-limits.js';
import { readHeaderFields } from './read-header-fields.js';
import { readMailFacts } from './read-mail-facts.js';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

type ParseResult = { parsed: ParsedMessage; original: unknown } | { invalid: string };

/** The parser threw: the attempt counts as an error (retried, given up after MAX_PROCESSING_ERRORS). */
class ParserCrash extends Error {
  readonly code = 'PARSE_CRASHED';
}

async function parseSafely(raw: Buffer, deps: IngestDeps): Promise<ParseResult> {
  const catalog = await deps.catalog(); // a store failure here is not the parser's
  let result: unknown;
  try {
    result = await deps.parse(raw, { catalog });
  } catch (error) {
    throw new ParserCrash(errorText(error));
  }
  const checked = checkParsedMessage(result);
  if (!checked.ok) return { invalid: checked.problems };
  // stored fields carry no control characters (the raw mail keeps them); header echoes stay on one line
  const parsed = stripControlCharactersDeep(checked.message);
  const oneLine = { subject: toOneLine(parsed.subject), messageId: parsed.messageId === null ? null : toOneLine(parsed.messageId), from: parsed.from === null ? null : toOneLine(parsed.from) };
  return { parsed: { ...parsed, ...oneLine }, original: { ...stripControlCharactersDeep(result as object), ...oneLine } };
}

/**
 * Parses a stored raw message: what to commit for it, or the outcome when there is nothing to
 * commit (a reply to a contribution's thread is acted on in its own transaction). Throws ParserCrash.
 */
async function prepareStoredMessage(row: RawMessageRow, deps: IngestDeps, bytes?: Buffer): Promise<ReadyMessage | IngestOutcome> {
  const raw = bytes ?? (await readRawBytes(deps.db, row.id));
  // a reply to a contribution's thread (whatever its subject) joins that contribution
  const thread = await findReplyThread(deps.db, readHeaderFields(raw), deps);
  if (thread) return processReply(row, deps, raw, thread).catch((error: unknown) => {
    throw error instanceof StoreError ? error : new ParserCrash(errorText(error));
  });
  const result = await parseSafely(raw, deps);
  if ('invalid' in result) {
    const error = { code: 'PARSE_INVALID', message: `the parser returned an invalid result: ${result.invalid}` };
    await markRawFailed(deps.db, row.id, error, deps.now());
    deps.logger.child({ rawId: row.id, messageId: row.message_id }).error({ errorCode: error.code }, 'parser result rejected');
    return { status: 'failed', rawId: row.id, error };
  }
  const drafts = buildDrafts(result.parsed);
  // nothing is dropped silently: mail that yields no draft waits in the "needs a look" queue
  const facts = needsALook(result.parsed, drafts.length) ? await readMailFacts(raw, deps.now()) : null;
  return { row, raw, parsed: result.parsed, original: result.original, drafts, facts };
}

/**
 * Exactly-once ingestion of one raw message: the bytes are stored first in their own transaction,
 * then parsed and committed. Re-ingesting the same bytes (or the same Message-ID and body) is a
 * duplicate. Bad input is stored with an error and returned, never thrown. The caller flags or
 * moves the source message only when the outcome is not 'retry'.
 */
export async function ingestMessage(raw: Buffer, origin: string, deps: IngestDeps): Promise<IngestOutcome> {
  const prepared = prepareRawMessage(raw, origin, deps);
  return finishStoredMessage(prepared, await storeRawMessage(deps.db, prepared.row, deps.now()), deps, false);
}

/** messages committed together: one transaction, one statement per table (commitMessages) */
const COMMIT_GROUP = 10;

/**
 * ingestMessage for a fetched batch: all raw bytes are stored first in one transaction (each
 * message's first processing start counted with them), then each is parsed and the parsed ones are
 * committed a group at a time, in one transaction (commitMessages). A group's commit runs
 * while the next messages are parsed (the database works on its own thread), and commits keep the
 * messages' order. A stop waits for the batch, so no message is left stored but unprocessed.
 * Outcomes come in the messages' order, once all are committed.
 */
export async function ingestMessages(
  messages: ReadonlyArray<{ raw: Buffer; origin: string }>,
  deps: IngestDeps,
  onOutcome: (outcome: IngestOutcome, index: number) => void,
): Promise<void> {
  const prepared = messages.map((m) => prepareRawMessage(m.raw, m.origin, deps));
  const stored = await storeRawMessages(
    deps.db,
    prepared.map((p) => p.row),
    deps.now(),
  );
  const outcomes: Array<IngestOutcome | undefined> = [];
  let ready: Array<{ index: number; message: ReadyMessage }> = [];
  let committing: Promise<void> = Promise.resolve();
  /** queues the parsed messages' commit after the ones queued before; resolves when it is done */
  const commitReady = (): Promise<void> => {
    const group = ready;
    ready = [];
    committing = committing.then(async () => {
      const committed = await commitMessages(
        group.map((r) => r.message),
        deps,
      );
      for (const [k, r] of group.entries()) {
        const c = committed[k]!;
        outcomes[r.index] = 'error' in c ? await processingFailed(r.message.row, deps, c.error) : c;
      }
    });
    return committing;
  };
  const taken = new Set<number>(); // raw rows of this batch parsed for a commit
  try {
    for (const [i, p] of prepared.entries()) {
      // a second copy of bytes stored earlier in this batch is that copy's duplicate
      if (!stored[i]!.inserted && taken.has(stored[i]!.row.id)) {
        outcomes[i] = { status: 'duplicate', rawId: stored[i]!.row.id, duplicateOf: stored[i]!.row.id };
        continue;
      }
      // a reply may answer a contribution of this batch: those before it are committed first, so its thread is found
      if (readReferences(readHeaderFields(p.raw)).length > 0) await commitReady();
      const next = await triageStoredMessage(p, stored[i]!, deps, true);
      const parsed = 'process' in next ? await startAndPrepare(next.process, deps, p.raw, next.started) : next;
      if ('row' in parsed) {
        ready.push({ index: i, message: parsed });
        taken.add(parsed.row.id);
      } else outcomes[i] = parsed;
      if (ready.length >= COMMIT_GROUP) void commitReady().catch(() => undefined); // awaited below
    }
  } finally {
    await commitReady();
  }
  outcomes.forEach((o, i) => onOutcome(o!, i));
}

interface PreparedRaw {
  raw: Buffer;
  origin: string;
  facts: ReturnType<typeof inspectRawMessage>;
  row: NewRawMessage;
}

function prepareRawMessage(raw: Buffer, origin: string, deps: IngestDeps): PreparedRaw {
  const facts = inspectRawMessage(raw, deps.maxMessageBytes ?? MAX_MESSAGE_BYTES);
  const row: NewRawMessage = {
    sha256: facts.sha256,
    contentSha256: facts.contentSha256,
    messageId: facts.messageId,
    origin,
    raw: facts.problem?.code === 'MESSAGE_TOO_LARGE' ? raw.subarray(0, OVERSIZED_KEPT_BYTES) : raw,
    size: raw.length,
    status: facts.problem ? 'failed' : 'stored',
    ...(facts.problem ? { error: facts.problem } : {}),
  };
  return { raw, origin, facts, row };
}

/**
 * What follows once the bytes are stored: an outcome, or the row to process. `storedTogether`:
 * stored in one transaction with messages handled before this one, so a row found already there
 * is read again.
 */
async function triageStoredMessage(
  p: PreparedRaw,
  stored: { inserted: boolean; row: RawMessageRow },
  deps: IngestDeps,
  storedTogether: boolean,
): Promise<IngestOutcome | { process: RawMessageRow; started?: true }> {
  const { origin, facts } = p;
  const { inserted } = stored;
  const row = !inserted && storedTogether ? await readRawRow(deps.db, p.row.sha256) : stored.row;
  const log = deps.logger.child({ rawId: row.id, messageId: row.message_id });
  if (!inserted) {
    // same bytes again: finish the work a crash interrupted; a message given up on stays given up
    if (row.status === 'stored') return { process: row };
    if (row.status === 'failed') return { status: 'failed', rawId: row.id, error: { code: row.error_code ?? 'FAILED', message: row.error_message ?? 'processing failed earlier' } };
    log.info({ origin }, 'same bytes as an earlier message: skipped');
    return { status: 'duplicate', rawId: row.id, duplicateOf: row.id };
  }
  if (facts.problem) {
    log.warn({ origin, errorCode: facts.problem.code }, facts.problem.message);
    return { status: 'failed', rawId: row.id, error: facts.problem };
  }
  if (row.status === 'duplicate') {
    log.info({ origin, duplicateOf: row.duplicate_of }, 'same Message-ID and body as an earlier message: skipped');
    return { status: 'duplicate', rawId: row.id, duplicateOf: row.duplicate_of ?? row.id };
  }
  return { process: row, started: true }; // its first start was counted with the bytes
}

async function finishStoredMessage(p: PreparedRaw, stored: { inserted: boolean; row: RawMessageRow }, deps: IngestDeps, storedTogether: boolean): Promise<IngestOutcome> {
  const next = await triageStoredMessage(p, stored, deps, storedTogether);
  return 'process' in next ? processGuarded(next.process, deps, p.raw, next.started) : next;
}

/**
 * Processes again a message left 'stored' by a crash, a stop or a parser that threw. The rule is
 * processGuarded's.
 */
export async function retryStoredMessage(row: RawMessageRow, deps: IngestDeps, raw?: Buffer): Promise<IngestOutcome> {
  return processGuarded(row, deps, raw);
}

/**
 * Once the raw bytes are safe, no error escapes. What counts towards giving up:
 * - an attempt that ended in an error (the parser threw, the commit failed): after
 *   MAX_PROCESSING_ERRORS of them the message is failed;
 * - an attempt the process did not survive (killed, out of memory) is retried without counting
 *   as an error, as a restart says nothing about the message; but a message that takes the
 *   process down every time must not loop forever, so after MAX_INTERRUPTED_STARTS such starts
 *   it is failed too. Random kills are rare per message; a poison message kills every start.
 * A busy database is not the message's fault: retried, not counted.
 */
async function processGuarded(row: RawMessageRow, deps: IngestDeps, raw?: Buffer, started = false): Promise<IngestOutcome> {
  const ready = await startAndPrepare(row, deps, raw, started);
  if (!('row' in ready)) return ready;
  const [committed] = await commitMessages([ready], deps);
  return 'error' in committed! ? processingFailed(row, deps, committed.error) : committed!;
}

/**
 * Counts the processing start (giving up on a message that keeps killing the process), then parses.
 * `started`: the start was counted when the bytes were stored (a group stores and counts together,
 * so a crash charges the messages after the crashing one one start each: far below the limit).
 */
async function startAndPrepare(row: RawMessageRow, deps: IngestDeps, raw?: Buffer, started = false): Promise<ReadyMessage | IngestOutcome> {
  try {
    const marked = started ? { starts: row.attempts, errors: 0 } : await markProcessingStart(deps.db, row.id);
    const interrupted = marked.starts - 1 - marked.errors;
    if (interrupted >= MAX_INTERRUPTED_STARTS) {
      return giveUp(row, deps, { code: 'PROCESSING_KILLED', message: `the process died ${interrupted} times while processing this message; the raw message is kept for a developer to look at` });
    }
    return await prepareStoredMessage(row, deps, raw);
  } catch (error) {
    return processingFailed(row, deps, error);
  }
}

/** An attempt that ended in an error: counted, and retried until MAX_PROCESSING_ERRORS (a busy database is not counted). */
async function processingFailed(row: RawMessageRow, deps: IngestDeps, error: unknown): Promise<IngestOutcome> {
  const log = deps.logger.child({ rawId: row.id, messageId: row.message_id });
  const message = errorText(error);
  if (error instanceof StoreError && error.code === 'DB_BUSY') {
    log.warn({ err: message }, 'database busy; the message stays stored and is retried');
    return { status: 'retry', rawId: row.id, error: { code: 'DB_BUSY', message } };
  }
  const code = error instanceof ParserCrash ? error.code : 'PROCESSING_INTERRUPTED';
  const errors = await recordProcessingError(deps.db, row.id, { code, message }).catch(() => Number.NaN);
  if (errors >= MAX_PROCESSING_ERRORS) {
    return giveUp(row, deps, { code: 'PROCESSING_FAILED', message: `processing failed ${errors} times (last: ${code}: ${message}); the raw message is kept for a developer to look at` });
  }
  log.error({ err: message, errorCode: code, errors }, 'processing failed; the message stays stored and is retried');
  return { status: 'retry', rawId: row.id, error: { code, message } };
}

async function giveUp(row: RawMessageRow, deps: IngestDeps, error: { code: string; message: string }): Promise<IngestOutcome> {
  await markRawFailed(deps.db, row.id, error, deps.now());
  deps.logger.error({ rawId: row.id, messageId: row.message_id, errorCode: error.code }, 'gave up on a message');
  return { status: 'failed', rawId: row.id, error };
}
