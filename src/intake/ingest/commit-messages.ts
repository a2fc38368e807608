import type { buildDrafts } from '../../core/contribution/build-drafts.js';
import { composeAcknowledgement } from '../../core/contribution/compose-acknowledgement.js';
import type { ParsedMessage } from '../../core/contribution/parsed-message.js';
import { unsortedFromMessage, type MailFacts } from '../../core/unsorted/unsorted-from-message.js';
import type { Database } from '../../store/database.js';
import { enqueueMails, type OutgoingMail } from '../../store/enqueue-mail.js';
import { insertContributions } from '../../store/insert-contributions.js';
import type { RawMessageRow } from '../../store/intake-repository.js';
import { insertUnsortedItems } from '../../store/unsorted-repository.js';
import { judgeSender } from '../sender/judge-sender.js';
import { ackPolicyOf, decideAcknowledgements } from './decide-acknowledgement.js';
import { echoSafely } from './echo-safely.js';
import type { IngestDeps, IngestOutcome } from './ingest-deps.js';
import { readHeaderFields } from './read-header-fields.js';

/** A parsed message ready to be committed: its contribution, drafts and acknowledgement. */
export interface ReadyMessage {
  row: RawMessageRow;
  raw: Buffer;
  parsed: ParsedMessage;
  original: unknown;
  drafts: ReturnType<typeof buildDrafts>;
  /** set when the message yields no draft: it waits in the "needs a look" queue */
  facts: MailFacts | null;
}

/**
 * Commits parsed messages together, in one transaction with one statement per table for all of
 * them (a statement per message per table made storing cost several times the parsing). When
 * that transaction fails, nothing of it is kept and each message is committed alone, so that only
 * the ones that fail again are charged an error and the others commit. Returns each message's
 * outcome, or the error its commit failed with, for processingFailed.
 */
export async function commitMessages(ready: readonly ReadyMessage[], deps: IngestDeps): Promise<Array<IngestOutcome | { error: unknown }>> {
  if (ready.length === 0) return [];
  const now = deps.now();
  try {
    const committed = await deps.db.transaction((tx) => commitTogether(tx, ready, deps, now));
    // logged once committed: a group that fails is committed again message by message
    committed.forEach(({ outcome, ackWithheld }, i) => {
      const { row } = ready[i]!;
      const { kind, contributionId, draftIds, unsortedId, acknowledged } = outcome;
      deps.logger.child({ rawId: row.id, messageId: row.message_id }).info({ kind, contributionId, drafts: draftIds.length, unsortedId, acknowledged, ackWithheld }, 'message ingested');
    });
    return committed.map((c) => c.outcome);
  } catch (error) {
    if (ready.length === 1) return [{ error }];
    const out: Array<IngestOutcome | { error: unknown }> = [];
    for (const m of ready) out.push(...(await commitMessages([m], deps)));
    return out;
  }
}

/**
 * Inside the caller's transaction: each message's contribution, drafts and acknowledgement (when
 * the sender may get one, in the messages' order against the limits), and its "needs a look" item
 * when it yields no draft.
 */
async function commitTogether(tx: Database, ready: readonly ReadyMessage[], deps: IngestDeps, now: Date): Promise<Array<{ outcome: Extract<IngestOutcome, { status: 'processed' }>; ackWithheld: string | null }>> {
  const policy = ackPolicyOf(deps);
  const senders = ready.map((m) => (m.parsed.kind === 'contribution' ? judgeSender(readHeaderFields(m.raw), policy) : null));
  const judged = senders.flatMap((s) => (s ? [s] : []));
  const decided = await decideAcknowledgements(tx, judged, policy, now);
  let next = 0;
  const acks = senders.map((s) => (s ? decided[next++]! : null));
  const ids = await insertContributions(
    tx,
    ready.map((m, i) => ({ rawId: m.row.id, parsed: m.parsed, parsedJson: JSON.stringify(m.original), replyTo: senders[i]?.replyTo ?? null, drafts: m.drafts, acknowledgement: acks[i] })),
    now,
  );
  const looks = ready.flatMap((m, i) => (m.facts ? [{ i, item: unsortedFromMessage(m.parsed, ids[i]!.contributionId, m.facts) }] : []));
  const added = await insertUnsortedItems(tx, looks.map((l) => l.item), now.toISOString());
  const unsortedIds = new Map(looks.map((l, k) => [l.i, added[k]!.id]));
  const mails = ready.flatMap((m, i): Array<{ i: number; mail: OutgoingMail }> => {
    const to = senders[i]?.replyTo;
    if (acks[i]?.status !== 'queued' || !to) return [];
    const { contributionId, draftIds } = ids[i]!;
    const drafts = m.drafts.map((d, k) => ({ id: draftIds[k]!, fields: d.fields, catalogMatch: d.catalogMatch }));
    const mail = composeAcknowledgement({ parsed: m.parsed, contributionId, drafts, echo: echoSafely });
    return [{ i, mail: { dedupeKey: `ack:${contributionId}`, kind: 'acknowledgement', contributionId, to, ...mail } }];
  });
  const queued = await enqueueMails(tx, mails.map((q) => q.mail), now);
  const acknowledged = new Set(mails.filter((_, k) => queued[k]).map((q) => q.i));
  return ready.map((m, i) => {
    const { contributionId, draftIds } = ids[i]!;
    const outcome = { status: 'processed', rawId: m.row.id, kind: m.parsed.kind, contributionId, draftIds, unsortedId: unsortedIds.get(i) ?? null, acknowledged: acknowledged.has(i) } as const;
    return { outcome, ackWithheld: acks[i]?.reason ?? null };
  });
}
