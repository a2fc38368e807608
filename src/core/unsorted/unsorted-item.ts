import { z } from 'zod';
import { CatalogMatchSchema } from '../contribution/parsed-message.js';
import { ActorSchema, DraftFieldsSchema } from '../moderation/draft.js';

export const UnsortedStatusSchema = z.enum(['open', 'drafted', 'dismissed']);
export type UnsortedStatus = z.infer<typeof UnsortedStatusSchema>;

/** A draft as intake would have made it: what "make a draft" inserts. */
export const PrefilledDraftSchema = z.object({
  fields: DraftFieldsSchema,
  evidence: z.record(z.string(), z.object({ snippet: z.string(), confidence: z.number() })),
  catalogMatch: CatalogMatchSchema.nullable(),
  contributorLabel: z.string(),
});
export type PrefilledDraft = z.infer<typeof PrefilledDraftSchema>;

/** A mail to the contribution address that yielded no draft (Mailman's hold queue is the model). */
export const UnsortedMailSchema = z.object({
  kind: z.literal('mail'),
  contributionId: z.number().int().positive(),
  subject: z.string(),
  /** the sender's name as shown in chat: never an address; the anonymous label when they asked */
  senderName: z.string(),
  receivedAt: z.string(),
  /** the first lines of the body, quoted text left out, addresses blanked */
  firstLines: z.string(),
  attachments: z.array(z.string()),
  /** drafts prefilled with whatever the parser found; at least one */
  prefill: z.array(PrefilledDraftSchema).min(1),
});

/**
 * What an item holds, by kind. New kinds (a contributor's correction to an approved agreement:
 * `{ kind: 'correction', agreementId, proposedChange, ... }`) join this union with their own card
 * and actions; the queue, the ledger and the publisher do not change.
 */
export const UnsortedPayloadSchema = z.discriminatedUnion('kind', [UnsortedMailSchema]);
export type UnsortedPayload = z.infer<typeof UnsortedPayloadSchema>;

export const UnsortedItemSchema = z.object({
  id: z.number().int().positive(),
  status: UnsortedStatusSchema,
  /** why it is here, for moderators: "not recognised as a contribution (no questionnaire content)" */
  reason: z.string(),
  payload: UnsortedPayloadSchema,
  revision: z.number().int().nonnegative(),
  createdAt: z.string(),
  resolvedBy: ActorSchema.nullable(),
  resolvedAt: z.string().nullable(),
  /** the dismissal reason, or what was made of it */
  resolution: z.string().nullable(),
  draftIds: z.array(z.number().int().positive()),
});
export type UnsortedItem = z.infer<typeof UnsortedItemSchema>;

/** What intake adds; `dedupeKey` ("mail:<contributionId>") makes a re-run add it once. */
export interface NewUnsortedItem {
  dedupeKey: string;
  reason: string;
  payload: UnsortedPayload;
}
