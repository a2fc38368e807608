import { z } from 'zod';
import { AcknowledgementStatusSchema, type AcknowledgementStatus } from '../core/contribution/acknowledgement-status.js';
import type { MessageKind } from '../core/contribution/parsed-message.js';
import type { ReplyReading } from '../core/replies/reply-reading.js';
import { ThreadEntrySchema, UnderstoodSchema, type ThreadEntry, type Understood } from '../core/replies/thread-entry.js';
import type { Draft } from '../core/moderation/draft.js';
import type { Database } from './database.js';
import { draftFromRow, type DraftRow } from './draft-row.js';
import { StoreError } from './store-error.js';

/** Where a reply belongs: the contribution, and whether it names our mail or the contributor's own. */
export interface ThreadMatch {
  contributionId: number;
  /** 'our-mail': an acknowledgement or outcome we sent; 'their-mail': the contribution or an earlier reply */
  via: 'our-mail' | 'their-mail';
  /** the address the contribution's mail may go to (kept for replies only, never shown or logged) */
  contributorEmail: string | null;
  contributorName: string | null;
}

/** "<3f2a…(32 hex)….normbot@domain>": the Message-ID the outbox sender gives our mail (outboxMessageKey). */
const OUR_MESSAGE_ID = /^<([0-9a-f]{32})\.normbot@[^<>\s]+>$/i;
const MAX_REFERENCES = 50;

/**
 * The contribution a mail answers, from the msg-ids of its In-Reply-To and References (nearest
 * first): one of our mails (by its Message-ID key), or the contribution or an earlier reply (by
 * the stored Message-ID). Null when it names none of them.
 */
export async function findThread(db: Database, references: readonly string[]): Promise<ThreadMatch | null> {
  const ids = [...new Set(references)].slice(0, MAX_REFERENCES);
  if (ids.length === 0) return null;
  const keys = ids.map((id) => OUR_MESSAGE_ID.exec(id)?.[1]?.toLowerCase()).filter((k): k is string => k !== undefined);
  const marks = (n: number) => new Array(n).fill('?').join(', ');
  const contact = 'c.contributor_email AS email, c.contributor_name AS name';
  if (keys.length > 0) {
    const ours = await db.all<{ id: number; email: string | null; name: string | null; message_key: string }>(
      `SELECT c.id, ${contact}, o.message_key FROM outbox o JOIN contributions c ON c.id = o.contribution_id WHERE o.message_key IN (${marks(keys.length)})`,
      keys,
    );
    const nearest = keys.map((k) => ours.find((o) => o.message_key === k)).find((o) => o !== undefined);
    if (nearest) return { contributionId: nearest.id, via: 'our-mail', contributorEmail: nearest.email, contributorName: nearest.name };
  }
  const bare = ids.map((id) => id.replace(/^<|>$/g, ''));
  const both = [...ids, ...bare];
  const theirs = await db.all<{ id: number; email: string | null; name: string | null; message_id: string }>(
    `SELECT c.id, ${contact}, r.message_id FROM raw_messages r
       LEFT JOIN contribution_replies cr ON cr.raw_message_id = r.id
       JOIN contributions c ON c.id = COALESCE(cr.contribution_id, (SELECT id FROM contributions WHERE raw_message_id = r.id))
     WHERE r.message_id IN (${marks(both.length)}) AND r.status = 'processed'`,
    both,
  );
  const nearest = ids.map((id, i) => theirs.find((t) => t.message_id === id || t.message_id === bare[i])).find((t) => t !== undefined);
  return nearest ? { contributionId: nearest.id, via: 'their-mail', contributorEmail: nearest.email, contributorName: nearest.name } : null;
}

/** The bodies of the mails we sent about a contribution: never read as the contributor's words. */
export async function readOurMail(db: Database, contributionId: number): Promise<string[]> {
  const rows = await db.all<{ body: string }>('SELECT body FROM outbox WHERE contribution_id = ? ORDER BY id', [contributionId]);
  return rows.map((r) => r.body);
}

/**
 * Inside the caller's transaction: the reply joins its contribution's thread and its raw message
 * is marked processed (a crash before the commit leaves it stored, to be read again).
 */
export async function insertReply(
  tx: Database,
  r: { contributionId: number; rawId: number; fromContributor: boolean; kind: MessageKind; reading: ReplyReading; understood: readonly Understood[]; acknowledgement: AcknowledgementStatus | null },
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const { lastID } = await tx.run(
    `INSERT INTO contribution_replies (contribution_id, raw_message_id, received_at, from_contributor, kind, reading_json, understood_json, ack_status, ack_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [r.contributionId, r.rawId, at, r.fromContributor ? 1 : 0, r.kind, JSON.stringify(r.reading), JSON.stringify(r.understood), r.acknowledgement?.status ?? null, r.acknowledgement?.reason ?? null],
  );
  await tx.run(`UPDATE raw_messages SET status = 'processed', processed_at = ? WHERE id = ?`, [at, r.rawId]);
  return lastID;
}

/** Fills in what a reply was understood to say once its additions have draft ids. */
export async function setReplyUnderstood(tx: Database, replyId: number, understood: readonly Understood[]): Promise<void> {
  await tx.run('UPDATE contribution_replies SET understood_json = ? WHERE id = ?', [JSON.stringify(understood), replyId]);
}

interface ReplyRow {
  id: number;
  contribution_id: number;
  received_at: string;
  from_contributor: number;
  kind: string;
  reading_json: string;
  understood_json: string;
  ack_status: string | null;
  ack_reason: string | null;
}

/** A contribution's replies, oldest first, each with what it was understood to say. */
export async function readThread(db: Database, contributionId: number): Promise<ThreadEntry[]> {
  const rows = await db.all<ReplyRow>('SELECT * FROM contribution_replies WHERE contribution_id = ? ORDER BY id', [contributionId]);
  return rows.map((r) => {
    const reading = z.object({ excerpt: z.string() }).safeParse(JSON.parse(r.reading_json));
    const parsed = ThreadEntrySchema.safeParse({
      id: r.id,
      contributionId: r.contribution_id,
      receivedAt: r.received_at,
      fromContributor: r.from_contributor === 1,
      kind: r.kind,
      excerpt: reading.success ? reading.data.excerpt : '',
      understood: z.array(UnderstoodSchema).parse(JSON.parse(r.understood_json)),
      acknowledgement: r.ack_status ? AcknowledgementStatusSchema.parse({ status: r.ack_status, reason: r.ack_reason }) : null,
    });
    if (!parsed.success) throw new StoreError('DB_QUERY_FAILED', `contribution_replies row ${r.id} is not a valid reply: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

/** The drafts of one contribution, every status, in the order of the mail. */
export async function readContributionDrafts(db: Database, contributionId: number): Promise<Draft[]> {
  const rows = await db.all<DraftRow>('SELECT * FROM drafts WHERE contribution_id = ? ORDER BY idx, id', [contributionId]);
  return rows.map(draftFromRow);
}
