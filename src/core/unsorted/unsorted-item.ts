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
 * A contributor's reply correcting drafts already decided: the catalog agreement each became and
 * the change proposed, for a moderator to look at beside the catalog (nothing changes by itself).
 */
export const UnsortedCorrectionSchema = z.object({
  kind: z.literal('correction'),
  contributionId: z.number().int().positive(),
  replyId: z.number().int().positive(),
  /** the reply's subject */
  subject: z.string(),
  senderName: z.string(),
  receivedAt: z.string(),
  corrections: z
    .array(
      z.object({
        draftId: z.number().int().positive(),
        /** the catalog agreement the draft became; null for a rejected draft */
        agreementId: z.number().int().positive().nullable(),
        name: z.string(),
        /** "maintainer: 'X' -> 'Y'" */
        change: z.string(),
        patch: DraftFieldsSchema.partial(),
        /** per field: the contributor's words */
        evidence: z.record(z.string(), z.string()),
      }),
    )
    .min(1),
});

/**
 * What an item holds, by kind, each with its own card and actions; the queue, the ledger and the
 * publisher do not change. Every kind has a subject, a sender's name and a received date for the lists.
 */
export type UnsortedMail = z.infer<typeof UnsortedMailSchema>;
export type UnsortedCorrection = z.infer<typeof UnsortedCorrectionSchema>;

export const UnsortedPayloadSchema = z.discriminatedUnion('kind', [UnsortedMailSchema, UnsortedCorrectionSchema]);
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
