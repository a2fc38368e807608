import { z } from 'zod';
import { AcknowledgementStatusSchema } from '../contribution/acknowledgement-status.js';
import { MessageKindSchema } from '../contribution/parsed-message.js';

/**
 * One thing a reply was understood to say, as moderators and the contributor are told it.
 * - correction: proposed on a pending draft, for a moderator to accept or decline
 * - correction-to-decided: about a draft already decided (the catalog agreement it became)
 * - correction-unmatched: which draft it is about could not be told
 * - addition: another agreement, added to the contribution as a draft
 * - withdrawal / anonymity: done on the contributor's word
 * - unread: their own words, but nothing intake can act on: a moderator reads it
 * - quote-only: nothing but quoted text; automatic: an auto-reply or a bounce
 * - not-from-contributor: sent from another address than the contribution's; nothing is acted on
 */
export const UnderstoodKindSchema = z.enum([
  'correction',
  'correction-to-decided',
  'correction-unmatched',
  'addition',
  'withdrawal',
  'anonymity',
  'unread',
  'quote-only',
  'automatic',
  'not-from-contributor',
]);
export type UnderstoodKind = z.infer<typeof UnderstoodKindSchema>;

export const UnderstoodSchema = z.object({
  kind: UnderstoodKindSchema,
  /** the draft it concerns, when one */
  draftId: z.number().int().positive().nullable(),
  /** the agreement's name (the draft's, or as the reply wrote it) */
  name: z.string().nullable(),
  /** the catalog agreement a decided draft became */
  agreementId: z.number().int().positive().nullable(),
  /** "year: '2019' -> '2017'": what would change */
  change: z.string().nullable(),
});
export type Understood = z.infer<typeof UnderstoodSchema>;

/** A reply in a contribution's thread, with what it was understood to say. */
export const ThreadEntrySchema = z.object({
  id: z.number().int().positive(),
  contributionId: z.number().int().positive(),
  receivedAt: z.string(),
  /** sent from the address the contribution came from: only then is anything done on its word */
  fromContributor: z.boolean(),
  kind: MessageKindSchema,
  /** the first lines of the sender's own words, addresses removed */
  excerpt: z.string(),
  understood: z.array(UnderstoodSchema),
  /** whether the sender was answered, and why not */
  acknowledgement: AcknowledgementStatusSchema.nullable(),
});
export type ThreadEntry = z.infer<typeof ThreadEntrySchema>;
