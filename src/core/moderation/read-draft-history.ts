import { contributorActor, type Actor, type Draft, type DraftFields, type DraftVersion } from './draft.js';
import type { DecisionRecord, DraftRepository } from './draft-repository.js';
import { formatUtc } from './draft-state.js';

/** One step in a draft's life as moderators read it: a version, a decision, an undone decision, a withdrawal. */
export interface DraftHistoryEntry {
  /** "v2", "decision", "undo", "withdrawn" */
  step: string;
  at: string;
  actor: Actor;
  what: string;
}

/** Who gave a field its current value when that was not the parser: the card shows this instead of the parse's evidence. */
export interface FieldSetter {
  actor: Actor;
  at: string;
  /** on whose word (a contributor's correction accepted by a moderator) */
  source?: string;
}

const DECISION_NOUN: Record<DecisionRecord['status'], string> = { approved: 'approval', rejected: 'rejection', merged: 'merge', withdrawn: 'withdrawal' };

function describeDecisionRecord(d: DecisionRecord): string {
  if (d.status === 'rejected') return `rejected${d.reason ? `: ${d.reason}` : ''}`;
  if (d.status === 'merged') return `merged into agreement ${d.agreementId ?? '?'}`;
  if (d.status === 'approved') return `approved${d.agreementId !== null ? ` as agreement ${d.agreementId}` : ''}`;
  return d.status;
}

/**
 * The versions and the decisions of a draft in one timeline, oldest first: every decision says
 * who took it, when and why, and an undone decision also says who undid it. Nothing is stored
 * twice: versions, the decision records and the draft's own withdrawal are read as they are.
 */
export function draftHistoryEntries(draft: Draft | null, versions: readonly DraftVersion[], decisions: readonly DecisionRecord[]): DraftHistoryEntry[] {
  const entries: DraftHistoryEntry[] = versions.map((v) => ({ step: `v${v.version}`, at: v.at, actor: v.actor, what: `${v.change}${v.source ? ` [source: ${v.source}]` : ''}` }));
  for (const d of decisions) {
    entries.push({ step: 'decision', at: d.at, actor: d.actor, what: describeDecisionRecord(d) });
    if (d.undoneAt) entries.push({ step: 'undo', at: d.undoneAt, actor: d.undoneBy ?? d.actor, what: `undid the ${DECISION_NOUN[d.status]} of ${formatUtc(d.at)}; pending again` });
  }
  if (draft?.status === 'withdrawn') {
    entries.push({ step: 'withdrawn', at: draft.decidedAt ?? draft.createdAt, actor: draft.decidedBy ?? contributorActor(draft.contributionId), what: draft.reason ?? 'withdrawn by the contributor' });
  }
  // stable: entries at the same instant keep the order above (a version before the decision it led to)
  return entries.map((e, i) => ({ e, i })).sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.i - b.i).map(({ e }) => e);
}

/** The draft's timeline from the repository; empty when there is no such draft. */
export async function readDraftHistory(drafts: DraftRepository, draftId: number): Promise<DraftHistoryEntry[]> {
  const [draft, versions, decisions] = await Promise.all([drafts.get(draftId), drafts.history(draftId), drafts.decisions(draftId)]);
  return draft ? draftHistoryEntries(draft, versions, decisions) : [];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Per field, who set its current value since intake read it: the last version that changed it.
 * An undo that puts back the value intake read hands the field back to the parse's evidence.
 */
export function fieldSetters(versions: readonly DraftVersion[]): Partial<Record<keyof DraftFields, FieldSetter>> {
  const setters: Partial<Record<keyof DraftFields, FieldSetter>> = {};
  const first = versions.find((v) => v.version === 1);
  for (const [i, v] of versions.entries()) {
    const before = versions[i - 1];
    if (!before || v.version === 1) continue;
    for (const key of Object.keys(v.fields) as Array<keyof DraftFields>) {
      if (same(before.fields[key], v.fields[key])) continue;
      if (v.kind === 'undo' && first && same(first.fields[key], v.fields[key])) delete setters[key];
      else setters[key] = { actor: v.actor, at: v.at, ...(v.source ? { source: v.source } : {}) };
    }
  }
  return setters;
}
