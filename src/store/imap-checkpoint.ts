import { z } from 'zod';
import type { Database } from './database.js';

export const ImapCheckpointSchema = z.object({ uidValidity: z.string(), lastUid: z.number().int().nonnegative() });
export type ImapCheckpoint = z.infer<typeof ImapCheckpointSchema>;

/** The last UID fully handled in a mailbox, valid only while UIDVALIDITY is unchanged (RFC 3501 §2.3.1.1). */
export async function readImapCheckpoint(db: Database, mailbox: string): Promise<ImapCheckpoint | null> {
  const row = await db.get<{ uid_validity: string; last_uid: number }>('SELECT uid_validity, last_uid FROM imap_checkpoints WHERE mailbox = ?', [mailbox]);
  return row ? ImapCheckpointSchema.parse({ uidValidity: row.uid_validity, lastUid: row.last_uid }) : null;
}

export async function writeImapCheckpoint(db: Database, mailbox: string, checkpoint: ImapCheckpoint, now: Date): Promise<void> {
  await db.transaction((tx) =>
    tx.run(
      `INSERT INTO imap_checkpoints (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, updated_at = excluded.updated_at`,
      [mailbox, checkpoint.uidValidity, checkpoint.lastUid, now.toISOString()],
    ),
  );
}
