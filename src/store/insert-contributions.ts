import type { NewDraft } from '../core/contribution/build-drafts.js';
import type { AcknowledgementStatus } from '../core/contribution/acknowledgement-status.js';
import type { ParsedMessage } from '../core/contribution/parsed-message.js';
import { INTAKE_ACTOR } from '../core/moderation/draft.js';
import type { Database } from './database.js';
import { insertDrafts } from './draft-repository.js';

export interface NewContribution {
  rawId: number;
  parsed: ParsedMessage;
  /** the parser's whole output, extra fields included */
  parsedJson?: string;
  /** where mail about this contribution may go: only an address that passed the sender checks */
  replyTo: string | null;
  drafts: readonly NewDraft[];
  /** whether an acknowledgement is queued with it, or why not (null for mail that is no contribution) */
  acknowledgement?: AcknowledgementStatus | null;
}

/**
 * Inside the caller's transaction: each message's contribution, its drafts with their first
 * version, and its raw message marked processed, with one statement per table however many
 * messages there are (intake commits a group of messages at once). A contribution is unique per
 * raw message, so committing one twice fails the whole call. The contributor's address is stored
 * here only, for replies. Returns the ids in the order given.
 */
export async function insertContributions(tx: Database, list: readonly NewContribution[], now: Date): Promise<Array<{ contributionId: number; draftIds: number[] }>> {
  if (list.length === 0) return [];
  const at = now.toISOString();
  const rows = list.map((input) => {
    const c = input.parsed.contributor;
    return {
      rawId: input.rawId,
      kind: input.parsed.kind,
      subject: input.parsed.subject,
      name: c.anonymous ? null : c.name,
      affiliation: c.affiliation,
      country: c.country,
      email: input.replyTo,
      anonymous: c.anonymous ? 1 : 0,
      parsed: input.parsedJson ?? JSON.stringify(input.parsed),
      ackStatus: input.acknowledgement?.status ?? null,
      ackReason: input.acknowledgement?.reason ?? null,
    };
  });
  const inserted = await tx.allPrepared<{ id: number; raw_message_id: number }>(
    `INSERT INTO contributions (raw_message_id, kind, subject, contributor_name, contributor_affiliation, contributor_country, contributor_email, anonymous, parsed_json, created_at, ack_status, ack_reason)
     SELECT value ->> 'rawId', value ->> 'kind', value ->> 'subject', value ->> 'name', value ->> 'affiliation', value ->> 'country', value ->> 'email', value ->> 'anonymous', value ->> 'parsed', ?1, value ->> 'ackStatus', value ->> 'ackReason'
     FROM json_each(?2) ORDER BY key
     RETURNING id, raw_message_id`,
    [at, JSON.stringify(rows)],
  );
  // RETURNING promises no order: a contribution is known by its raw message (unique)
  const idOf = new Map(inserted.map((c) => [c.raw_message_id, c.id]));
  const contributionIds = list.map((input) => idOf.get(input.rawId)!);
  const drafts = list.flatMap((input, i) =>
    input.drafts.map((d) => ({ contributionId: contributionIds[i]!, index: d.index, draft: d, actor: INTAKE_ACTOR, at, change: `created from contribution #${contributionIds[i]}` })),
  );
  const draftIds = await insertDrafts(tx, drafts);
  // the parser's warnings (unknown charset, unreadable attachment) stay visible next to the raw mail
  const processed = list.map((input) => {
    const w = input.parsed.warnings;
    return {
      rawId: input.rawId,
      code: w.length ? [...new Set(w.map((x) => x.code))].join(',').slice(0, 200) : null,
      message: w.length ? w.map((x) => x.message).join('; ').slice(0, 2000) : null,
    };
  });
  await tx.allPrepared(
    `UPDATE raw_messages SET status = 'processed', processed_at = ?1, error_code = m.value ->> 'code', error_message = m.value ->> 'message'
     FROM json_each(?2) AS m WHERE raw_messages.id = m.value ->> 'rawId'`,
    [at, JSON.stringify(processed)],
  );
  let next = 0;
  return list.map((input, i) => ({ contributionId: contributionIds[i]!, draftIds: input.drafts.map(() => draftIds[next++]!) }));
}
