import { z } from 'zod';
import { CatalogMatchSchema } from '../core/contribution/parsed-message.js';
import { ActorSchema, DraftFieldsSchema, DraftSchema, DraftVersionSchema, type Draft, type DraftVersion } from '../core/moderation/draft.js';
import { StoreError } from './store-error.js';

export interface DraftRow {
  id: number;
  contribution_id: number;
  idx: number;
  status: string;
  fields_json: string;
  evidence_json: string;
  catalog_match_json: string | null;
  contributor_label: string;
  version: number;
  /** 0 on rows written before migration 6 */
  revision?: number;
  claimed_by_json: string | null;
  claimed_at: string | null;
  decided_by_json: string | null;
  decided_at: string | null;
  reason: string | null;
  agreement_id: number | null;
  created_at: string;
  /** from the contribution, when the query joins it */
  ack_status?: string | null;
  ack_reason?: string | null;
}

export interface DraftVersionRow {
  draft_id: number;
  version: number;
  at: string;
  actor_json: string;
  fields_json: string;
  change: string;
  /** on whose word the change was made (migration 11); null for a moderator's own edit */
  source?: string | null;
}

/** Undo versions are marked by their summary, so the intake's schema needs no extra column. */
export const UNDO_CHANGE_PREFIX = 'undo:';

function json<T>(schema: z.ZodType<T>, text: string | null, where: string): T | null {
  if (text === null) return null;
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new StoreError('DB_QUERY_FAILED', `${where} holds invalid JSON: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** A drafts row as the core's Draft, checked: a corrupt row is a clear error, not a wrong card. */
export function draftFromRow(row: DraftRow): Draft {
  const where = `drafts row ${row.id}`;
  const parsed = DraftSchema.safeParse({
    id: row.id,
    contributionId: row.contribution_id,
    index: row.idx,
    status: row.status,
    fields: json(DraftFieldsSchema, row.fields_json, `${where} fields_json`),
    evidence: JSON.parse(row.evidence_json) as unknown,
    catalogMatch: json(CatalogMatchSchema, row.catalog_match_json, `${where} catalog_match_json`),
    contributorLabel: row.contributor_label,
    version: row.version,
    revision: row.revision ?? 0,
    claimedBy: json(ActorSchema, row.claimed_by_json, `${where} claimed_by_json`),
    claimedAt: row.claimed_at,
    decidedBy: json(ActorSchema, row.decided_by_json, `${where} decided_by_json`),
    decidedAt: row.decided_at,
    reason: row.reason,
    agreementId: row.agreement_id,
    createdAt: row.created_at,
    ...(row.ack_status ? { acknowledgement: { status: row.ack_status, reason: row.ack_reason ?? null } } : {}),
  });
  if (!parsed.success) throw new StoreError('DB_QUERY_FAILED', `${where} is not a valid draft: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function draftVersionFromRow(row: DraftVersionRow): DraftVersion {
  return DraftVersionSchema.parse({
    draftId: row.draft_id,
    version: row.version,
    at: row.at,
    actor: JSON.parse(row.actor_json) as unknown,
    fields: JSON.parse(row.fields_json) as unknown,
    change: row.change,
    kind: row.change.startsWith(UNDO_CHANGE_PREFIX) ? 'undo' : row.version === 1 ? 'created' : 'edit',
    ...(row.source ? { source: row.source } : {}),
  });
}
