import { AgreementSchema } from '../core/catalog/agreement.js';
import { ActorSchema, INTAKE_ACTOR, type Actor, type Draft, type DraftVersion } from '../core/moderation/draft.js';
import type { ContributorContact, DecisionRecord, DraftRepository } from '../core/moderation/draft-repository.js';
import { fieldSetters } from '../core/moderation/read-draft-history.js';
import type { PrefilledDraft } from '../core/unsorted/unsorted-item.js';
import type { Database } from './database.js';
import { createProposedEditRepository } from './proposed-edit-repository.js';
import { readThread } from './thread-repository.js';

/** A draft with its contribution's acknowledgement status, which moderators see on the card. */
const SELECT_DRAFT = 'SELECT d.*, c.ack_status, c.ack_reason FROM drafts d LEFT JOIN contributions c ON c.id = d.contribution_id';
import { draftFromRow, draftVersionFromRow, UNDO_CHANGE_PREFIX, type DraftRow, type DraftVersionRow } from './draft-row.js';

interface DecisionRow {
  id: number;
  draft_id: number;
  status: DecisionRecord['status'];
  actor_json: string;
  at: string;
  reason: string | null;
  agreement_id: number | null;
  agreement_before_json: string | null;
  agreement_after_json: string | null;
  undone_at: string | null;
  undone_by_json: string | null;
}

const agreementOrNull = (json: string | null) => (json === null ? null : AgreementSchema.parse(JSON.parse(json)));

function decisionFromRow(r: DecisionRow): DecisionRecord {
  return {
    id: r.id,
    draftId: r.draft_id,
    status: r.status,
    actor: ActorSchema.parse(JSON.parse(r.actor_json)),
    at: r.at,
    reason: r.reason,
    agreementId: r.agreement_id,
    agreementBefore: agreementOrNull(r.agreement_before_json),
    agreementAfter: agreementOrNull(r.agreement_after_json),
    undoneAt: r.undone_at,
    undoneBy: r.undone_by_json === null ? null : ActorSchema.parse(JSON.parse(r.undone_by_json)),
  };
}

export interface NewDraftRow {
  contributionId: number;
  index: number;
  draft: PrefilledDraft;
  actor: Actor;
  at: string;
  change: string;
}

/**
 * Inserts pending drafts (version 1, each with its first draft_versions row) under their
 * contributions, with one statement for the drafts and one for the versions whatever their
 * number; the one way drafts are written, by intake and by the "needs a look" queue alike.
 * Returns the new ids in the order given. Call in a transaction.
 */
export async function insertDrafts(tx: Database, list: readonly NewDraftRow[]): Promise<number[]> {
  if (list.length === 0) return [];
  const rows = list.map((r) => ({
    contributionId: r.contributionId,
    idx: r.index,
    fields: JSON.stringify(r.draft.fields),
    evidence: JSON.stringify(r.draft.evidence),
    catalogMatch: r.draft.catalogMatch ? JSON.stringify(r.draft.catalogMatch) : null,
    label: r.draft.contributorLabel,
    at: r.at,
  }));
  const inserted = await tx.allPrepared<{ id: number; contribution_id: number; idx: number }>(
    `INSERT INTO drafts (contribution_id, idx, status, fields_json, evidence_json, catalog_match_json, contributor_label, version, created_at)
     SELECT value ->> 'contributionId', value ->> 'idx', 'pending', value ->> 'fields', value ->> 'evidence', value ->> 'catalogMatch', value ->> 'label', 1, value ->> 'at'
     FROM json_each(?) ORDER BY key
     RETURNING id, contribution_id, idx`,
    [JSON.stringify(rows)],
  );
  // RETURNING promises no order: a draft is known by its contribution and position (unique together)
  const idOf = new Map(inserted.map((d) => [`${d.contribution_id}:${d.idx}`, d.id]));
  const ids = list.map((r) => idOf.get(`${r.contributionId}:${r.index}`)!);
  await tx.allPrepared(
    `INSERT INTO draft_versions (draft_id, version, at, actor_json, fields_json, change)
     SELECT value ->> 'draftId', 1, value ->> 'at', value ->> 'actor', value ->> 'fields', value ->> 'change' FROM json_each(?) ORDER BY key`,
    [JSON.stringify(list.map((r, i) => ({ draftId: ids[i], at: r.at, actor: JSON.stringify(r.actor), fields: rows[i]!.fields, change: r.change })))],
  );
  return ids;
}

/** insertDrafts for one draft. */
export async function insertDraft(tx: Database, input: NewDraftRow): Promise<number> {
  return (await insertDrafts(tx, [input]))[0]!;
}

/**
 * Drafts in SQLite. Pass the transaction handle for writes (`db.transaction(tx => ...)`); every
 * state change is a compare-and-set on status (and version), so a lost race shows as `false`,
 * and bumps `revision`, which is what the cards are drawn from.
 */
export function createDraftRepository(db: Database): DraftRepository {
  /** one draft with what is waiting on it: the contributor's open correction and the contribution's replies */
  const get = async (draftId: number): Promise<Draft | null> => {
    const row = await db.get<DraftRow>(`${SELECT_DRAFT} WHERE d.id = ?`, [draftId]);
    if (!row) return null;
    const draft = draftFromRow(row);
    return { ...draft, proposedEdit: await createProposedEditRepository(db).openFor(draftId), thread: await readThread(db, draft.contributionId), setBy: fieldSetters(await versionRows(draftId)) };
  };

  const versionRows = async (draftId: number): Promise<DraftVersion[]> =>
    (await db.all<DraftVersionRow>('SELECT * FROM draft_versions WHERE draft_id = ? ORDER BY version', [draftId])).map(draftVersionFromRow);

  const history = async (draftId: number): Promise<DraftVersion[]> => {
    const versions = await versionRows(draftId);
    if (versions[0]?.version === 1) return versions;
    // Drafts written before intake recorded version 1: the current fields stand in for it.
    const draft = await get(draftId);
    if (!draft || draft.version !== 1) return versions;
    return [{ draftId, version: 1, at: draft.createdAt, actor: INTAKE_ACTOR, fields: draft.fields, change: `created from contribution #${draft.contributionId}`, kind: 'created' }, ...versions];
  };

  return {
    get,
    history,
    async list(filter = {}) {
      const rows = filter.status
        ? await db.all<DraftRow>(`${SELECT_DRAFT} WHERE d.status = ? ORDER BY d.created_at, d.id`, [filter.status])
        : await db.all<DraftRow>(`${SELECT_DRAFT} ORDER BY d.created_at, d.id`);
      return rows.map(draftFromRow);
    },
    async decide(draftId, d) {
      const result = await db.run(
        `UPDATE drafts SET status = ?, decided_by_json = ?, decided_at = ?, reason = ?, agreement_id = ?, claimed_by_json = NULL, claimed_at = NULL, revision = revision + 1
         WHERE id = ? AND status = 'pending'`,
        [d.status, JSON.stringify(d.actor), d.at, d.reason, d.agreementId, draftId],
      );
      if (result.changes !== 1) return false;
      const json = (a: unknown) => (a === undefined || a === null ? null : JSON.stringify(a));
      await db.run(
        `INSERT INTO draft_decisions (draft_id, status, actor_json, at, reason, agreement_id, agreement_before_json, agreement_after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [draftId, d.status, JSON.stringify(d.actor), d.at, d.reason, d.agreementId, json(d.agreementBefore), json(d.agreementAfter)],
      );
      return true;
    },
    async decisions(draftId) {
      const rows = await db.all<DecisionRow>('SELECT * FROM draft_decisions WHERE draft_id = ? ORDER BY id', [draftId]);
      return rows.map(decisionFromRow);
    },
    async currentDecision(draftId) {
      const row = await db.get<DecisionRow>('SELECT * FROM draft_decisions WHERE draft_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1', [draftId]);
      return row ? decisionFromRow(row) : null;
    },
    async reopen(draftId, decisionId, undo) {
      const decision = await db.get<DecisionRow>('SELECT * FROM draft_decisions WHERE id = ? AND draft_id = ? AND undone_at IS NULL', [decisionId, draftId]);
      if (!decision) return false;
      const result = await db.run(
        `UPDATE drafts SET status = 'pending', decided_by_json = NULL, decided_at = NULL, reason = NULL, agreement_id = NULL, revision = revision + 1
         WHERE id = ? AND status = ? AND decided_at = ?`,
        [draftId, decision.status, decision.at],
      );
      if (result.changes !== 1) return false;
      await db.run('UPDATE draft_decisions SET undone_at = ?, undone_by_json = ? WHERE id = ?', [undo.at, JSON.stringify(undo.actor), decisionId]);
      return true;
    },
    async add(contributionId, draft, actor, at) {
      const next = await db.get<{ idx: number }>('SELECT COALESCE(MAX(idx), -1) + 1 AS idx FROM drafts WHERE contribution_id = ?', [contributionId]);
      return insertDraft(db, { contributionId, index: next?.idx ?? 0, draft, actor, at, change: `made by ${actor.name} from contribution #${contributionId}, which needed a look` });
    },
    async saveVersion(draftId, expectedVersion, next) {
      // Read before the update: version 1 may have to be synthesised from the current fields.
      const first = (await history(draftId))[0];
      const fields = JSON.stringify(next.fields);
      const result = await db.run(`UPDATE drafts SET fields_json = ?, version = ?, revision = revision + 1 WHERE id = ? AND status = 'pending' AND version = ?`, [
        fields,
        next.version,
        draftId,
        expectedVersion,
      ]);
      if (result.changes !== 1) return false;
      if (first?.version === 1) {
        await db.run('INSERT OR IGNORE INTO draft_versions (draft_id, version, at, actor_json, fields_json, change) VALUES (?, 1, ?, ?, ?, ?)', [
          draftId,
          first.at,
          JSON.stringify(first.actor),
          JSON.stringify(first.fields),
          first.change,
        ]);
      }
      const change = next.kind === 'undo' && !next.change.startsWith(UNDO_CHANGE_PREFIX) ? `${UNDO_CHANGE_PREFIX} ${next.change}` : next.change;
      await db.run('INSERT INTO draft_versions (draft_id, version, at, actor_json, fields_json, change, source) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        draftId,
        next.version,
        next.at,
        JSON.stringify(next.actor),
        fields,
        change,
        next.source ?? null,
      ]);
      return true;
    },
    async setClaim(draftId, claim) {
      const result = await db.run(`UPDATE drafts SET claimed_by_json = ?, claimed_at = ?, revision = revision + 1 WHERE id = ? AND status = 'pending'`, [
        claim ? JSON.stringify(claim.actor) : null,
        claim?.at ?? null,
        draftId,
      ]);
      return result.changes === 1;
    },
    async contributorContact(draftId): Promise<ContributorContact | null> {
      const row = await db.get<{ email: string | null; name: string | null; anonymous: number; subject: string; message_id: string | null }>(
        `SELECT c.contributor_email AS email, c.contributor_name AS name, c.anonymous, c.subject, r.message_id
         FROM drafts d JOIN contributions c ON c.id = d.contribution_id LEFT JOIN raw_messages r ON r.id = c.raw_message_id
         WHERE d.id = ?`,
        [draftId],
      );
      return row ? { email: row.email, name: row.name, anonymous: row.anonymous === 1, subject: row.subject, messageId: row.message_id } : null;
    },
  };
}
