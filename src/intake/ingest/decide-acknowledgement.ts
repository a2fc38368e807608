import type { AckWithheldReason, AcknowledgementStatus } from '../../core/contribution/acknowledgement-status.js';
import type { Database } from '../../store/database.js';
import { countAcknowledgementsSince } from '../../store/outbox-repository.js';
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

/**
 * Inside the contribution's transaction, so two messages cannot both take the last place: queued
 * when the sender passed the checks and neither limit is reached (the last 24 hours for one
 * address and this kind, the last hour for all automatic answers), else withheld with the reason
 * moderators will see.
 */
export async function decideAcknowledgement(tx: Database, sender: SenderJudgement, policy: AckPolicy, now: Date, kind: AcknowledgementKind = 'acknowledgement'): Promise<AcknowledgementStatus> {
  const withheld = (reason: AckWithheldReason): AcknowledgementStatus => ({ status: 'withheld', reason });
  if (sender.replyTo === null) return withheld(sender.withheld);
  if ((await countAcknowledgementsSince(tx, new Date(now.getTime() - 24 * HOUR_MS), sender.replyTo, [kind])) >= policy.maxPerSenderPerDay) return withheld('sender-daily-limit');
  if ((await countAcknowledgementsSince(tx, new Date(now.getTime() - HOUR_MS), undefined, ['acknowledgement', 'reply-acknowledgement'])) >= policy.maxPerHour) return withheld('hourly-limit');
  return { status: 'queued', reason: null };
}
