import { buildDrafts } from '../../core/contribution/build-drafts.js';
import { needsALook, unsortedFromMessage } from '../../core/unsorted/unsorted-from-message.js';
import { createUnsortedRepository } from '../../store/unsorted-repository.js';
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
import type { IngestDeps, IngestOutcome } from './ingest-deps.js';
import { inspectRawMessage } from './inspect-raw-message.js';
import { MAX_MESSAGE_BYTES, MAX_PROCESSING_ATTEMPTS, OVERSIZED_KEPT_BYTES } from './intake-limits.js';
import { pickReplyAddress } from './pick-reply-address.js';
import { readMailFacts } from './read-mail-facts.js';

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

/**
 * Parses a stored raw message and commits, in one transaction, the contribution, its drafts and
 * their acknowledgement. Safe to call again for the same row: the contribution is unique per raw
 * message, and a crash before the commit leaves the row 'stored' for the next start.
 */
async function processStoredMessage(row: RawMessageRow, deps: IngestDeps, bytes?: Buffer): Promise<IngestOutcome> {
  const { db } = deps;
  const log = deps.logger.child({ rawId: row.id, messageId: row.message_id });
  const raw = bytes ?? (await readRawBytes(db, row.id));
  const result = await parseSafely(raw, deps);
  if ('crash' in result) {
    log.error({ err: result.crash }, 'parser crashed; the message stays stored and is retried');
    return { status: 'retry', rawId: row.id, error: { code: 'PARSE_CRASHED', message: result.crash } };
  }
  if ('invalid' in result) {
    const error = { code: 'PARSE_INVALID', message: `the parser returned an invalid result: ${result.invalid}` };
    await markRawFailed(db, row.id, error, deps.now());
    log.error({ errorCode: error.code }, 'parser result rejected');
    return { status: 'failed', rawId: row.id, error };
  }
  const { parsed, original } = result;
  const drafts = buildDrafts(parsed);
  const replyTo = parsed.kind === 'contribution' ? pickReplyAddress(parsed, deps.smtpFrom) : null;
  const now = deps.now();
  // nothing is dropped silently: mail that yields no draft waits in the "needs a look" queue
  const facts = needsALook(parsed, drafts.length) ? await readMailFacts(raw, now) : null;
  const committed = await db.transaction(async (tx) => {
    const { contributionId, draftIds } = await insertContribution(tx, { rawId: row.id, parsed, parsedJson: JSON.stringify(original), replyTo, drafts }, now);
    const unsortedId = facts ? (await createUnsortedRepository(tx).add(unsortedFromMessage(parsed, contributionId, facts), now.toISOString())).id : null;
    let acknowledged = false;
    if (replyTo) {
      const ack = composeAcknowledgement({
        parsed,
        contributionId,
        drafts: drafts.map((d, i) => ({ id: draftIds[i]!, fields: d.fields, catalogMatch: d.catalogMatch })),
      });
      acknowledged = await enqueueMail(tx, { dedupeKey: `ack:${contributionId}`, kind: 'acknowledgement', to: replyTo, ...ack }, now);
    }
    return { contributionId, draftIds, acknowledged, unsortedId };
  });
  log.info({ kind: parsed.kind, contributionId: committed.contributionId, drafts: committed.draftIds.length, unsortedId: committed.unsortedId, acknowledged: committed.acknowledged }, 'message ingested');
  return { status: 'processed', rawId: row.id, kind: parsed.kind, ...committed };
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
 * transaction, then each is parsed and committed in order, all of them: a stop waits for the group,
 * so no message is left stored but unprocessed (which would count a retry attempt it never made).
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
  for (const [i, p] of prepared.entries()) {
    onOutcome(await finishStoredMessage(p, stored[i]!, deps, true), i);
  }
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
 * What follows once the bytes are stored. `storedTogether`: stored in one transaction with messages
 * handled before this one, so a row found already there is read again (an earlier copy in the same
 * batch has been processed meanwhile).
 */
async function finishStoredMessage(p: PreparedRaw, stored: { inserted: boolean; row: RawMessageRow }, deps: IngestDeps, storedTogether: boolean): Promise<IngestOutcome> {
  const { raw, origin, facts } = p;
  const { inserted } = stored;
  const row = !inserted && storedTogether ? await readRawRow(deps.db, p.row.sha256) : stored.row;
  const log = deps.logger.child({ rawId: row.id, messageId: row.message_id });
  if (!inserted) {
    // same bytes again: finish the work a crash interrupted, otherwise nothing to do
    if (row.status === 'stored') return retryStoredMessage(row, deps, raw);
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
  return processGuarded(row, deps, raw);
}

/**
 * Processes again a message left 'stored' (by a crash, or a parser that threw), counting the
 * attempt first so that a message that always crashes ends as 'failed' instead of looping.
 */
export async function retryStoredMessage(row: RawMessageRow, deps: IngestDeps, raw?: Buffer): Promise<IngestOutcome> {
  const attempts = await countAttempt(deps.db, row.id);
  if (attempts > MAX_PROCESSING_ATTEMPTS) {
    const error = { code: 'PROCESSING_FAILED', message: `processing crashed ${attempts - 1} times; the raw message is kept for a developer to look at` };
    await markRawFailed(deps.db, row.id, error, deps.now());
    deps.logger.error({ rawId: row.id, messageId: row.message_id, errorCode: error.code }, 'gave up on a message');
    return { status: 'failed', rawId: row.id, error };
  }
  return processGuarded(row, deps, raw);
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
