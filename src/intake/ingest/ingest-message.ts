import { buildDrafts } from '../../core/contribution/build-drafts.js';
import { composeAcknowledgement } from '../../core/contribution/compose-acknowledgement.js';
import { ParsedMessageSchema, type ParsedMessage } from '../../core/contribution/parsed-message.js';
import { enqueueMail } from '../../store/enqueue-mail.js';
import {
  countAttempt,
  insertContribution,
  markRawFailed,
  readRawBytes,
  readRawRow,
  storeRawMessage,
  storeRawMessages,
  type NewRawMessage,
  type RawMessageRow,
} from '../../store/intake-repository.js';
import type { Database } from '../../store/database.js';
import type { IngestDeps, IngestOutcome } from './ingest-deps.js';
import { inspectRawMessage } from './inspect-raw-message.js';
import { MAX_MESSAGE_BYTES, MAX_PROCESSING_ATTEMPTS, OVERSIZED_KEPT_BYTES } from './intake-limits.js';
import { pickReplyAddress } from './pick-reply-address.js';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

type ParseResult = { parsed: ParsedMessage; original: unknown } | { crash: string } | { invalid: string };

async function parseSafely(raw: Buffer, deps: IngestDeps): Promise<ParseResult> {
  let result: unknown;
  try {
    result = await deps.parse(raw, { catalog: await deps.catalog() });
  } catch (error) {
    return { crash: errorText(error) };
  }
  const checked = ParsedMessageSchema.safeParse(result);
  return checked.success ? { parsed: checked.data, original: result } : { invalid: checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}

/** A parsed message ready to be committed: its contribution, drafts and acknowledgement. */
interface ReadyMessage {
  row: RawMessageRow;
  parsed: ParsedMessage;
  original: unknown;
  drafts: ReturnType<typeof buildDrafts>;
  replyTo: string | null;
}

/** Parses a stored raw message: what to commit for it, or the outcome when there is nothing to commit. */
async function prepareStoredMessage(row: RawMessageRow, deps: IngestDeps, bytes?: Buffer): Promise<ReadyMessage | IngestOutcome> {
  const log = deps.logger.child({ rawId: row.id, messageId: row.message_id });
  const result = await parseSafely(bytes ?? (await readRawBytes(deps.db, row.id)), deps);
  if ('crash' in result) {
    log.error({ err: result.crash }, 'parser crashed; the message stays stored and is retried');
    return { status: 'retry', rawId: row.id, error: { code: 'PARSE_CRASHED', message: result.crash } };
  }
  if ('invalid' in result) {
    const error = { code: 'PARSE_INVALID', message: `the parser returned an invalid result: ${result.invalid}` };
    await markRawFailed(deps.db, row.id, error, deps.now());
    log.error({ errorCode: error.code }, 'parser result rejected');
    return { status: 'failed', rawId: row.id, error };
  }
  const { parsed, original } = result;
  return { row, parsed, original, drafts: buildDrafts(parsed), replyTo: parsed.kind === 'contribution' ? pickReplyAddress(parsed, deps.smtpFrom) : null };
}

/** Inside the caller's transaction: the contribution, its drafts and their acknowledgement. */
async function commitMessage(tx: Database, m: ReadyMessage, now: Date): Promise<IngestOutcome> {
  const { row, parsed, drafts, replyTo } = m;
  const { contributionId, draftIds } = await insertContribution(tx, { rawId: row.id, parsed, parsedJson: JSON.stringify(m.original), replyTo, drafts }, now);
  let acknowledged = false;
  if (replyTo) {
    const ack = composeAcknowledgement({
      parsed,
      contributionId,
      drafts: drafts.map((d, i) => ({ id: draftIds[i]!, fields: d.fields, catalogMatch: d.catalogMatch })),
    });
    acknowledged = await enqueueMail(tx, { dedupeKey: `ack:${contributionId}`, kind: 'acknowledgement', to: replyTo, ...ack }, now);
  }
  return { status: 'processed', rawId: row.id, kind: parsed.kind, contributionId, draftIds, acknowledged };
}

/**
 * Commits several parsed messages in one transaction, each inside its own savepoint: a message
 * whose commit fails is rolled back alone and left stored for a retry; the others commit.
 */
async function commitMessages(ready: readonly ReadyMessage[], deps: IngestDeps): Promise<IngestOutcome[]> {
  if (ready.length === 0) return [];
  const now = deps.now();
  const outcomes = await deps.db.transaction(async (tx) => {
    const out: IngestOutcome[] = [];
    for (const m of ready) {
      await tx.exec('SAVEPOINT message');
      try {
        out.push(await commitMessage(tx, m, now));
        await tx.exec('RELEASE message');
      } catch (error) {
        await tx.exec('ROLLBACK TO message; RELEASE message');
        deps.logger.error({ rawId: m.row.id, messageId: m.row.message_id, err: errorText(error) }, 'processing failed; the message stays stored and is retried');
        out.push({ status: 'retry', rawId: m.row.id, error: { code: 'PROCESSING_INTERRUPTED', message: errorText(error) } });
      }
    }
    return out;
  });
  for (const o of outcomes) {
    if (o.status !== 'processed') continue;
    const row = ready.find((m) => m.row.id === o.rawId)!.row;
    deps.logger.child({ rawId: row.id, messageId: row.message_id }).info({ kind: o.kind, contributionId: o.contributionId, drafts: o.draftIds.length, acknowledged: o.acknowledged }, 'message ingested');
  }
  return outcomes;
}

/**
 * Parses a stored raw message and commits, in one transaction, the contribution, its drafts and
 * their acknowledgement. Safe to call again for the same row: the contribution is unique per raw
 * message, and a crash before the commit leaves the row 'stored' for the next start.
 */
async function processStoredMessage(row: RawMessageRow, deps: IngestDeps, bytes?: Buffer): Promise<IngestOutcome> {
  const ready = await prepareStoredMessage(row, deps, bytes);
  return 'status' in ready ? ready : (await commitMessages([ready], deps))[0]!;
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

/**
 * ingestMessage for a few messages (part of a fetched batch): all raw bytes are stored first in one
 * transaction, then each is parsed, then all are committed in one transaction (one savepoint each),
 * all of them: a stop waits for the group, so no message is left stored but unprocessed (which
 * would count a retry attempt it never made). Outcomes come in the messages' order.
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
  const ready: Array<{ index: number; message: ReadyMessage }> = [];
  for (const [i, p] of prepared.entries()) {
    // a second copy of bytes stored earlier in this group waits for that copy's commit
    const earlier = ready.find((r) => r.message.row.id === stored[i]!.row.id && !stored[i]!.inserted);
    if (earlier) {
      outcomes[i] = { status: 'duplicate', rawId: earlier.message.row.id, duplicateOf: earlier.message.row.id };
      continue;
    }
    const next = await triageStoredMessage(p, stored[i]!, deps, true);
    const parsed = 'process' in next ? await prepareGuarded(next.process, deps, p.raw) : next;
    if ('row' in parsed) ready.push({ index: i, message: parsed });
    else outcomes[i] = parsed;
  }
  const committed = await commitMessages(ready.map((r) => r.message), deps);
  ready.forEach((r, k) => (outcomes[r.index] = committed[k]));
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
 * What follows once the bytes are stored: an outcome, or the row to process (after counting a
 * retry attempt when these bytes were stored before). `storedTogether`: stored in one transaction
 * with messages handled before this one, so a row found already there is read again.
 */
async function triageStoredMessage(
  p: PreparedRaw,
  stored: { inserted: boolean; row: RawMessageRow },
  deps: IngestDeps,
  storedTogether: boolean,
): Promise<IngestOutcome | { process: RawMessageRow }> {
  const { origin, facts } = p;
  const { inserted } = stored;
  const row = !inserted && storedTogether ? await readRawRow(deps.db, p.row.sha256) : stored.row;
  const log = deps.logger.child({ rawId: row.id, messageId: row.message_id });
  if (!inserted) {
    // same bytes again: finish the work a crash interrupted, otherwise nothing to do
    if (row.status === 'stored') return countRetry(row, deps);
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
  return { process: row };
}

async function finishStoredMessage(p: PreparedRaw, stored: { inserted: boolean; row: RawMessageRow }, deps: IngestDeps, storedTogether: boolean): Promise<IngestOutcome> {
  const next = await triageStoredMessage(p, stored, deps, storedTogether);
  return 'process' in next ? processGuarded(next.process, deps, p.raw) : next;
}

/**
 * A message left 'stored' (by a crash, or a parser that threw) counts one more attempt before it is
 * processed again, so that a message that always crashes ends as 'failed' instead of looping.
 */
async function countRetry(row: RawMessageRow, deps: IngestDeps): Promise<IngestOutcome | { process: RawMessageRow }> {
  const attempts = await countAttempt(deps.db, row.id);
  if (attempts > MAX_PROCESSING_ATTEMPTS) {
    const error = { code: 'PROCESSING_FAILED', message: `processing crashed ${attempts - 1} times; the raw message is kept for a developer to look at` };
    await markRawFailed(deps.db, row.id, error, deps.now());
    deps.logger.error({ rawId: row.id, messageId: row.message_id, errorCode: error.code }, 'gave up on a message');
    return { status: 'failed', rawId: row.id, error };
  }
  return { process: row };
}

/** prepareStoredMessage for a group: an error after the raw bytes are safe is a retry, never a throw. */
async function prepareGuarded(row: RawMessageRow, deps: IngestDeps, raw: Buffer): Promise<ReadyMessage | IngestOutcome> {
  try {
    return await prepareStoredMessage(row, deps, raw);
  } catch (error) {
    deps.logger.error({ rawId: row.id, messageId: row.message_id, err: errorText(error) }, 'processing failed; the message stays stored and is retried');
    return { status: 'retry', rawId: row.id, error: { code: 'PROCESSING_INTERRUPTED', message: errorText(error) } };
  }
}

/** Processes again a message left 'stored' by a crash (at start, or when its bytes come again). */
export async function retryStoredMessage(row: RawMessageRow, deps: IngestDeps, raw?: Buffer): Promise<IngestOutcome> {
  const next = await countRetry(row, deps);
  return 'process' in next ? processGuarded(next.process, deps, raw) : next;
}

/** Once the raw bytes are safe, no error escapes: the row stays 'stored' and is retried. */
async function processGuarded(row: RawMessageRow, deps: IngestDeps, raw?: Buffer): Promise<IngestOutcome> {
  try {
    return await processStoredMessage(row, deps, raw);
  } catch (error) {
    deps.logger.error({ rawId: row.id, messageId: row.message_id, err: errorText(error) }, 'processing failed; the message stays stored and is retried');
    return { status: 'retry', rawId: row.id, error: { code: 'PROCESSING_INTERRUPTED', message: errorText(error) } };
  }
}
