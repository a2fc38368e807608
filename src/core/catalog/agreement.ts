import { z } from 'zod';
import { ElementIdSchema } from '../taxonomy/norm-element.js';

export const PartiesKindSchema = z.enum([
  'states',
  'regional organisation',
  'industry',
  'multistakeholder',
  'technical community',
]);
export type PartiesKind = z.infer<typeof PartiesKindSchema>;

export const BindingSchema = z.enum(['binding', 'politically binding', 'voluntary', 'non-binding', 'unknown']);
export type Binding = z.infer<typeof BindingSchema>;

export const LinkStatusSchema = z.enum(['sourced', 'unverified']);
export type LinkStatus = z.infer<typeof LinkStatusSchema>;

/** Where a fact came from: the shipped reference data, or an approved contribution. */
export const ProvenanceSchema = z.object({
  kind: z.enum(['reference', 'contribution', 'moderator']),
  /** data file path, contribution id or moderator id */
  ref: z.string(),
  at: z.string(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const CoverageSchema = z.object({
  element: ElementIdSchema,
  evidence: z.string(),
  /** address where the evidence was read; empty when unverified and unknown */
  source: z.string(),
  status: LinkStatusSchema,
  provenance: ProvenanceSchema.optional(),
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const AgreementSchema = z.object({
  id: z.number().int().positive(),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  year: z.number().int().min(1900).max(2100).nullable(),
  dateDetail: z.string(),
  /** normalised kinds of party (an agreement can have several, e.g. industry + technical community) */
  partiesKinds: z.array(PartiesKindSchema).min(1),
  partiesDetail: z.string(),
  maintainer: z.string(),
  binding: BindingSchema,
  bindingDetail: z.string(),
  url: z.string(),
  urlNote: z.string(),
  factsSources: z.array(z.string()),
  note: z.string().optional(),
  coverage: z.array(CoverageSchema),
  /** ISO date the agreement entered the catalog */
  addedAt: z.string(),
  provenance: ProvenanceSchema,
});
export type Agreement = z.infer<typeof AgreementSchema>;
