import { z } from 'zod';

/** Who changed the catalog, when, why and from which source: one catalog_history row per entity changed. */
export const CatalogChangeSchema = z.object({
  /** 'seed', 'slack:U123', 'discord:456', 'terminal:alice' */
  actor: z.string().min(1),
  /** data file, contribution id, draft id: where the new value came from */
  source: z.string().min(1),
  /** ISO timestamp */
  at: z.string().min(1),
  /** 'seed-insert', 'approve-draft', 'merge-draft', ... */
  action: z.string().min(1),
});
export type CatalogChange = z.infer<typeof CatalogChangeSchema>;

export const CatalogHistoryEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  source: z.string(),
});
export type CatalogHistoryEntry = z.infer<typeof CatalogHistoryEntrySchema>;
