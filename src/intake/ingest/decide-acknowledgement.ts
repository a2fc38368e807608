import type { AckWithheldReason, AcknowledgementStatus } from '../../core/contribution/acknowledgement-status.js';
import type { Database } from '../../store/database.js';
import { countRecentAcknowledgements } from '../../store/outbox-repository.js';
import type { SenderJudgement, SenderPolicy } from '../sender/judge-sender.js';
import type { IngestDeps } from './ingest-deps.js';

export interface AckPolicy extends SenderPolicy {
  maxPerSenderPerDay: number;
  maxPerHour: number;
}

const HOUR_MS = 60 * 60_000;

/** The acknowledgement rules of an intake, with the defaults documented on IngestDeps. */
export function ackPolicyOf(deps: Pick<IngestDeps, 'smtpFrom' | 'acknowledgements'>): AckPolicy {
  const a = deps.acknowledgements ?? {};
  return {
    authservId: a.authservId ?? null,
    ownAddresses: [deps.smtpFrom, ...(a.ownAddresses ?? [])].map((x) => /<([^>]*)>/.exec(x)?.[1] ?? x).filter((x) => x.includes('@')),
    maxPerSenderPerDay: a.maxPerSenderPerDay ?? 1,
    maxPerHour: a.maxPerHour ?? 30,
  };
}

/** What is acknowledged: a contribution, or a contributor's reply to its thread; each has its own per-sender limit. */
export type AcknowledgementKind = 'acknowledgement' | 'reply-acknowledgement';

/** An address as SQLite's NOCASE compares it (ASCII letters only), as the outbox counts it. */
const nocase = (address: string) => address.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

/**
 * Inside the transaction that queues the acknowledgements, so two messages cannot both take the
 * last place; for several messages committed together, in their order, each counting the ones
 * queued before it. Queued when the sender passed the checks and neither limit is reached (the
 * last 24 hours for one address and this kind, the last hour for all automatic answers), else
 * withheld with the reason moderators will see. The caller queues a mail for each 'queued'.
 */
export async function decideAcknowledgements(
  tx: Database,
  senders: readonly SenderJudgement[],
  policy: AckPolicy,
  now: Date,
  kind: AcknowledgementKind = 'acknowledgement',
): Promise<AcknowledgementStatus[]> {
  const recipients = [...new Set(senders.flatMap((s) => (s.replyTo === null ? [] : [nocase(s.replyTo)])))];
  const counts = await countRecentAcknowledgements(tx, recipients, kind, { daySince: new Date(now.getTime() - 24 * HOUR_MS), hourSince: new Date(now.getTime() - HOUR_MS) });
  const today = new Map(recipients.map((r, i) => [r, counts.perRecipient[i]!]));
  let lastHour = counts.lastHour;
  const withheld = (reason: AckWithheldReason): AcknowledgementStatus => ({ status: 'withheld', reason });
  return senders.map((sender) => {
    if (sender.replyTo === null) return withheld(sender.withheld);
    const address = nocase(sender.replyTo);
    if (today.get(address)! >= policy.maxPerSenderPerDay) return withheld('sender-daily-limit');
    if (lastHour >= policy.maxPerHour) return withheld('hourly-limit');
    today.set(address, today.get(address)! + 1);
    lastHour++;
    return { status: 'queued', reason: null };
  });
}

/** decideAcknowledgements for one message. */
export async function decideAcknowledgement(tx: Database, sender: SenderJudgement, policy: AckPolicy, now: Date, kind: AcknowledgementKind = 'acknowledgement'): Promise<AcknowledgementStatus> {
  return (await decideAcknowledgements(tx, [sender], policy, now, kind))[0]!;
}
