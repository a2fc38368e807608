import { contributorActor } from '../core/moderation/draft.js';
import type { Database } from './database.js';

/**
 * Inside the intake's transaction: the pending drafts the contributor takes back become
 * 'withdrawn' (a moderator's claim on them lapses, their open proposed edits close). Drafts
 * decided meanwhile are left as decided. Returns the ids withdrawn.
 */
export async function withdrawDrafts(tx: Database, input: { contributionId: number; draftIds: readonly number[]; replyId: number }, now: Date): Promise<number[]> {
  const at = now.toISOString();
  const actor = JSON.stringify(contributorActor(input.contributionId));
  const reason = `withdrawn by the contributor (reply ${input.replyId})`;
  const withdrawn: number[] = [];
  for (const id of input.draftIds) {
    const result = await tx.run(
      `UPDATE drafts SET status = 'withdrawn', decided_by_json = ?, decided_at = ?, reason = ?, claimed_by_json = NULL, claimed_at = NULL
       WHERE id = ? AND contribution_id = ? AND status = 'pending'`,
      [actor, at, reason, id, input.contributionId],
    );
    if (result.changes !== 1) continue;
    await tx.run(`UPDATE proposed_edits SET status = 'declined', decided_by_json = ?, decided_at = ?, reason = ?, updated_at = ? WHERE draft_id = ? AND status = 'open'`, [
      actor,
      at,
      'the contributor withdrew the draft',
      at,
      id,
    ]);
    withdrawn.push(id);
  }
  return withdrawn;
}
