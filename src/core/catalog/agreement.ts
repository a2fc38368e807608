import { z } from 'zod';
import { ElementIdSchema } from '../taxonomy/norm-element.js';
import { DatasetEntrySchema } from './dataset-entry.js';

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

/**
 * verbatim: `evidence` is the source's own words, stored without quote marks and shown as a
 * quotation; note: a paraphrase, a summary or a remark (it may contain quoted words), shown as a note.
 */
export const EvidenceKindSchema = z.enum(['verbatim', 'note']);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

export const CoverageSchema = z.object({
  element: ElementIdSchema,
  evidence: z.string(),
  /** absent on links written before evidence kinds existed: read as a note (see evidenceKindOf) */
  evidenceKind: EvidenceKindSchema.optional(),
  /** where a verbatim quote sits in the text: "13(a)", "P4", "preamble" */
  locator: z.string().min(1).optional(),
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
  /** when it entered the BPF's dataset, with the source that says so; absent: it entered on addedAt */
  datasetEntry: DatasetEntrySchema.optional(),
  provenance: ProvenanceSchema,
});
export type Agreement = z.infer<typeof AgreementSchema>;

/** A link's evidence kind; links without one are notes (never presented as a quotation). */
export function evidenceKindOf(c: Coverage): EvidenceKind {
  return c.evidenceKind ?? 'note';
}
