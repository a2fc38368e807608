import { z } from 'zod';
import type { Database } from './database.js';

export const RawStatusSchema = z.enum(['stored', 'processed', 'failed', 'duplicate']);
export type RawStatus = z.infer<typeof RawStatusSchema>;

const RawRowSchema = z.object({
  id: z.number().int(),
  sha256: z.string(),
  content_sha256: z.string().nullable(),
  message_id: z.string().nullable(),
  origin: z.string(),
  size: z.number().int(),
  status: RawStatusSchema,
  attempts: z.number().int(),
  error_code: z.string().nullable(),
  error_message: z.string().nullable(),
  duplicate_of: z.number().int().nullable(),
});
export type RawMessageRow = z.infer<typeof RawRowSchema>;

const ROW_COLUMNS = 'id, sha256, content_sha256, message_id, origin, size, status, attempts, error_code, error_message, duplicate_of';

export interface NewRawMessage {
  sha256: string;
  contentSha256: string | null;
  messageId: string | null;
  origin: string;
  raw: Buffer;
  /** size of the message as received (the stored bytes may be cut for oversized mail) */
  size: number;
  status: 'stored' | 'failed';
  error?: { code: string; message: string };
}

/**
 * Stores the raw bytes in their own committed transaction, before anything else is done with them.
 * Idempotent on sha256: `inserted` is false when the same bytes were stored before. A new row that
 * repeats an earlier message (same Message-ID and body, other Received: lines) is stored as
 * 'duplicate'. Processing starts are counted when they start (markProcessingStart), not here.
 */
export async function storeRawMessage(db: Database, m: NewRawMessage, now: Date): Promise<{ inserted: boolean; row: RawMessageRow }> {
  return db.transaction((tx) => insertRawMessage(tx, m, now.toISOString()));
}

/**
 * storeRawMessage for several messages in one committed transaction (one BEGIN/COMMIT instead of
 * one per message), in order. A message repeating one earlier in the list is found as not inserted.
 */
export async function storeRawMessages(db: Database, list: readonly NewRawMessage[], now: Date): Promise<Array<{ inserted: boolean; row: RawMessageRow }>> {
  if (list.length === 0) return [];
  return db.transaction(async (tx) => {
    const at = now.toISOString();
    const stored: Array<{ inserted: boolean; row: RawMessageRow }> = [];
    for (const m of list) stored.push(await insertRawMessage(tx, m, at));
    return stored;
  });
}

async function insertRawMessage(tx: Database, m: NewRawMessage, at: string): Promise<{ inserted: boolean; row: RawMessageRow }> {
  // one statement, kept prepared: the duplicate check, the insert and the row back (intake does this
  // per message; row by row, so a message repeating one earlier in the group finds it).
  // A row stored for processing has its first processing start counted here, committed with the
  // bytes, instead of in a transaction of its own (see markProcessingStart)
  const [added] = await tx.allPrepared(
    `WITH same AS (SELECT id FROM raw_messages WHERE $status = 'stored' AND message_id = $messageId AND content_sha256 = $content
                   AND status IN ('stored', 'processed') ORDER BY id LIMIT 1)
     INSERT OR IGNORE INTO raw_messages (sha256, content_sha256, message_id, origin, received_at, size, raw, status, duplicate_of, error_code, error_message, processed_at, attempts)
     SELECT $sha, $content, $messageId, $origin, $at, $size, $raw,
            CASE WHEN (SELECT id FROM same) IS NULL THEN $status ELSE 'duplicate' END, (SELECT id FROM same), $errorCode, $errorMessage,
            CASE WHEN $status = 'failed' OR (SELECT id FROM same) IS NOT NULL THEN $at END,
            CASE WHEN $status = 'stored' AND (SELECT id FROM same) IS NULL THEN 1 ELSE 0 END
     RETURNING ${ROW_COLUMNS}`,
    {
      $sha: m.sha256,
      $content: m.contentSha256,
      $messageId: m.messageId,
      $origin: m.origin,
      $at: at,
      $size: m.size,
      $raw: m.raw,
      $status: m.status,
      $errorCode: m.error?.code ?? null,
      $errorMessage: m.error?.message ?? null,
    },
  );
  if (added) return { inserted: true, row: RawRowSchema.parse(added) };
  return { inserted: false, row: await readRawRow(tx, m.sha256) };
}

/** The row of the raw message with these bytes, as it is now. */
export async function readRawRow(db: Database, sha256: string): Promise<RawMessageRow> {
  return RawRowSchema.parse(await db.get(`SELECT ${ROW_COLUMNS} FROM raw_messages WHERE sha256 = ?`, [sha256]));
}

/** The raw bytes of a stored message. */
export async function readRawBytes(db: Database, rawId: number): Promise<Buffer> {
  const row = await db.get<{ raw: Buffer }>('SELECT raw FROM raw_messages WHERE id = ?', [rawId]);
  return row?.raw ?? Buffer.alloc(0);
}

/** Raw messages left unprocessed by a crash or an interrupted run, oldest first. */
export async function listStoredRawMessages(db: Database): Promise<RawMessageRow[]> {
  const rows = await db.all(`SELECT ${ROW_COLUMNS} FROM raw_messages WHERE status = 'stored' ORDER BY id`);
  return rows.map((r) => RawRowSchema.parse(r));
}

/**
 * Counts one more processing start, committed before the work begins: a start that is neither
 * committed nor recorded as an error afterwards is one the process did not survive.
 */
export async function markProcessingStart(db: Database, rawId: number): Promise<{ starts: number; errors: number }> {
  return db.transaction(async (tx) => {
    const row = await tx.get<{ attempts: number; processing_errors: number }>(
      'UPDATE raw_messages SET attempts = attempts + 1 WHERE id = ? RETURNING attempts, processing_errors',
      [rawId],
    );
    return { starts: row?.attempts ?? 0, errors: row?.processing_errors ?? 0 };
  });
}

/** Counts a processing attempt that ended in an error (the message stays 'stored'); returns the count. */
export async function recordProcessingError(db: Database, rawId: number, error: { code: string; message: string }): Promise<number> {
  return db.transaction(async (tx) => {
    const row = await tx.get<{ processing_errors: number }>(
      `UPDATE raw_messages SET processing_errors = processing_errors + 1, error_code = ?, error_message = ? WHERE id = ? RETURNING processing_errors`,
      [error.code, error.message, rawId],
    );
    return row?.processing_errors ?? 0;
  });
}

export async function markRawFailed(db: Database, rawId: number, error: { code: string; message: string }, now: Date): Promise<void> {
  await db.transaction((tx) =>
    tx.run(`UPDATE raw_messages SET status = 'failed', error_code = ?, error_message = ?, processed_at = ? WHERE id = ? AND status = 'stored'`, [
      error.code,
      error.message,
      now.toISOString(),
      rawId,
    ]),
  );
}
