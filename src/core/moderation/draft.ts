import { z } from 'zod';
import { AcknowledgementStatusSchema } from '../contribution/acknowledgement-status.js';
import { CatalogMatchSchema, SuggestionSchema } from '../contribution/parsed-message.js';
import { ThreadEntrySchema } from '../replies/thread-entry.js';

/** withdrawn: the contributor took the draft back before a moderator decided it */
export const DraftStatusSchema = z.enum(['pending', 'approved', 'rejected', 'merged', 'withdrawn']);
export type DraftStatus = z.infer<typeof DraftStatusSchema>;

/** The editable part of a draft: what a moderator approves into the catalog. */
export const DraftFieldsSchema = z.object({
  name: z.string().min(1),
  launchYear: z.number().int().nullable(),
  parties: z.string().nullable(),
  signatories: z.array(z.string()),
  maintainer: z.string().nullable(),
  ggeNorms: z.array(SuggestionSchema),
  normElements: z.array(SuggestionSchema),
});
export type DraftFields = z.infer<typeof DraftFieldsSchema>;

/** Who acted: platform user ids are kept, e-mail addresses never. */
export const ActorSchema = z.object({
  platform: z.enum(['slack', 'discord', 'terminal', 'system']),
  id: z.string(),
  name: z.string(),
});
export type Actor = z.infer<typeof ActorSchema>;

export const ProposedEditStatusSchema = z.enum(['open', 'accepted', 'declined']);

/**
 * A correction the contributor sent in a reply, waiting on a draft until a moderator accepts it
 * (it becomes a version of the draft, the contributor its source) or declines it. One open per
 * draft: a later reply's changes join it.
 */
export const ProposedEditSchema = z.object({
  id: z.number().int().positive(),
  draftId: z.number().int().positive(),
  status: ProposedEditStatusSchema,
  /** the fields as the contributor wants them */
  patch: DraftFieldsSchema.partial(),
  /** the same fields as the draft had them when the change was proposed */
  before: DraftFieldsSchema.partial(),
  /** per field: the contributor's words it was read from */
  evidence: z.record(z.string(), z.string()),
  /** the replies (contribution_replies ids) it was read from */
  replyIds: z.array(z.number().int().positive()),
  createdAt: z.string(),
  updatedAt: z.string(),
  decidedBy: ActorSchema.nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type ProposedEdit = z.infer<typeof ProposedEditSchema>;

/** Who creates drafts: the intake, recorded as the author of every draft's first version. */
export const INTAKE_ACTOR: Actor = { platform: 'system', id: 'intake', name: 'normbot intake' };

/** The contributor, when a draft changes on their word (a withdrawal): never their name or address. */
export function contributorActor(contributionId: number): Actor {
  return { platform: 'system', id: `contributor:${contributionId}`, name: 'the contributor' };
}

export const DraftSchema = z.object({
  id: z.number().int().positive(),
  contributionId: z.number().int().positive(),
  /** position of the agreement in the mail, from 0 */
  index: z.number().int().nonnegative(),
  status: DraftStatusSchema,
  fields: DraftFieldsSchema,
  /** per-field snippet and confidence from the parse */
  evidence: z.record(z.string(), z.object({ snippet: z.string(), confidence: z.number() })),
  catalogMatch: CatalogMatchSchema.nullable(),
  /** the contributor as shown in chat: name/affiliation, or null when anonymous */
  contributorLabel: z.string(),
  version: z.number().int().positive(),
  /** bumped by every change (edit, claim, decision, undo): what a card was last drawn from */
  revision: z.number().int().nonnegative().default(0),
  claimedBy: ActorSchema.nullable(),
  /** when the claim was taken; claims lapse after CLAIM_TTL_MS (draft-state.ts) */
  claimedAt: z.string().nullable().optional(),
  decidedBy: ActorSchema.nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
  /** the catalog agreement created or updated by the decision */
  agreementId: z.number().int().nullable(),
  createdAt: z.string(),
  /** whether the contributor was sent an acknowledgement, and why not; absent for drafts read without it */
  acknowledgement: AcknowledgementStatusSchema.nullable().optional(),
  /** the contributor's correction waiting for a moderator; read with one draft, absent in lists */
  proposedEdit: ProposedEditSchema.nullable().optional(),
  /** per field a moderator changed since intake: who set its current value and when (read-draft-history.ts); read with one draft, absent in lists */
  setBy: z.record(z.string(), z.object({ actor: ActorSchema, at: z.string(), source: z.string().optional() })).optional(),
  /** the contribution's replies with what each was understood to say; read with one draft, absent in lists */
  thread: z.array(ThreadEntrySchema).optional(),
});
export type Draft = z.infer<typeof DraftSchema>;

export const DraftVersionSchema = z.object({
  draftId: z.number().int(),
  version: z.number().int(),
  at: z.string(),
  actor: ActorSchema,
  fields: DraftFieldsSchema,
  /** short human summary: "name: 'X' -> 'Y'" */
  change: z.string(),
  /** 'undo' versions restore an earlier one; absent means a plain edit (or the first version) */
  kind: z.enum(['created', 'edit', 'undo']).optional(),
  /** on whose word the change was made when not the actor's own: "contributor: contribution 7, reply 3" */
  source: z.string().optional(),
});
export type DraftVersion = z.infer<typeof DraftVersionSchema>;
