import { z } from 'zod';

/** Why a contribution got no acknowledgement mail (the contribution itself is always kept). */
export const AckWithheldReasonSchema = z.enum([
  'unauthenticated-sender',
  'no-sender-address',
  'unusable-address',
  'own-address',
  'role-address',
  'list-mail',
  'automatic-mail',
  'sender-daily-limit',
  'hourly-limit',
]);
export type AckWithheldReason = z.infer<typeof AckWithheldReasonSchema>;

export const AcknowledgementStatusSchema = z.object({
  status: z.enum(['queued', 'withheld']),
  reason: AckWithheldReasonSchema.nullable(),
});
export type AcknowledgementStatus = z.infer<typeof AcknowledgementStatusSchema>;

const REASON_TEXT: Record<AckWithheldReason, string> = {
  'unauthenticated-sender': 'unauthenticated sender',
  'no-sender-address': 'no single sender address in From',
  'unusable-address': 'the sender address cannot be answered (quoted, IP literal or no domain)',
  'own-address': 'sent from our own address',
  'role-address': 'role or no-reply address',
  'list-mail': 'mailing-list or bulk mail',
  'automatic-mail': 'automatic mail',
  'sender-daily-limit': 'this sender was already acknowledged today',
  'hourly-limit': 'hourly acknowledgement limit reached',
};

/** What moderators read on a draft: "acknowledged by mail" or "not acknowledged: <reason>". */
export function describeAcknowledgement(ack: AcknowledgementStatus): string {
  return ack.status === 'queued' ? 'acknowledged by mail' : `not acknowledged: ${ack.reason ? REASON_TEXT[ack.reason] : 'no reason recorded'}`;
}
