import { z } from 'zod';
import { ActorSchema, DraftFieldsSchema, ProposedEditSchema, type DraftFields, type ProposedEdit } from '../core/moderation/draft.js';
import type { ProposedEditRepository } from '../core/moderation/proposed-edit.js';
import type { Database } from './database.js';
import { StoreError } from './store-error.js';

interface Row {
  id: number;
  draft_id: number;
  status: string;
  patch_json: string;
  before_json: string;
  evidence_json: string;
  reply_ids_json: string;
  created_at: string;
  updated_at: string;
  decided_by_json: string | null;
  decided_at: string | null;
  reason: string | null;
}

function editFromRow(r: Row): ProposedEdit {
  const parsed = ProposedEditSchema.safeParse({
    id: r.id,
    draftId: r.draft_id,
    status: r.status,
    patch: JSON.parse(r.patch_json) as unknown,
    before: JSON.parse(r.before_json) as unknown,
    evidence: JSON.parse(r.evidence_json) as unknown,
    replyIds: JSON.parse(r.reply_ids_json) as unknown,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    decidedBy: r.decided_by_json === null ? null : (JSON.parse(r.decided_by_json) as unknown),
    decidedAt: r.decided_at,
    reason: r.reason,
  });
  if (!parsed.success) throw new StoreError('DB_QUERY_FAILED', `proposed_edits row ${r.id} is not a valid proposed edit: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Proposed edits in SQLite (proposed_edits, migration 11); writes take the transaction handle. */
export function createProposedEditRepository(db: Database): ProposedEditRepository {
  return {
    async openFor(draftId) {
      const row = await db.get<Row>(`SELECT * FROM proposed_edits WHERE draft_id = ? AND status = 'open'`, [draftId]);
      return row ? editFromRow(row) : null;
    },
    async decide(editId, d) {
      const result = await db.run(`UPDATE proposed_edits SET status = ?, decided_by_json = ?, decided_at = ?, reason = ?, updated_at = ? WHERE id = ? AND status = 'open'`, [
        d.status,
        JSON.stringify(ActorSchema.parse(d.actor)),
        d.at,
        d.reason,
        d.at,
        editId,
      ]);
      if (result.changes !== 1) return false;
      // the draft's card shows the correction: drawn again without it
      await db.run('UPDATE drafts SET revision = revision + 1 WHERE id = (SELECT draft_id FROM proposed_edits WHERE id = ?)', [editId]);
      return true;
    },
  };
}

/**
 * Inside the intake's transaction: a contributor's correction of a pending draft, joined to the
 * draft's open proposed edit when there is one (a later reply's value wins; what the draft said
 * before stays the first one recorded).
 */
export async function proposeEdit(
  tx: Database,
  p: { draftId: number; patch: Partial<DraftFields>; before: Partial<DraftFields>; evidence: Record<string, string>; replyId: number },
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const patch = DraftFieldsSchema.partial().parse(p.patch);
  const open = await tx.get<Row>(`SELECT * FROM proposed_edits WHERE draft_id = ? AND status = 'open'`, [p.draftId]);
  if (!open) {
    const { lastID } = await tx.run(
      `INSERT INTO proposed_edits (draft_id, status, patch_json, before_json, evidence_json, reply_ids_json, created_at, updated_at) VALUES (?, 'open', ?, ?, ?, ?, ?, ?)`,
      [p.draftId, JSON.stringify(patch), JSON.stringify(p.before), JSON.stringify(p.evidence), JSON.stringify([p.replyId]), at, at],
    );
    return lastID;
  }
  const edit = editFromRow(open);
  await tx.run(`UPDATE proposed_edits SET patch_json = ?, before_json = ?, evidence_json = ?, reply_ids_json = ?, updated_at = ? WHERE id = ?`, [
    JSON.stringify({ ...edit.patch, ...patch }),
    JSON.stringify({ ...p.before, ...edit.before }),
    JSON.stringify({ ...edit.evidence, ...p.evidence }),
    JSON.stringify([...edit.replyIds, p.replyId]),
    at,
    edit.id,
  ]);
  return edit.id;
}
