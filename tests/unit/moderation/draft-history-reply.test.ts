import { describe, expect, it } from 'vitest';
import { draftHistoryReply } from '../../../src/core/moderation/draft-history-reply.js';
import { draftHistoryEntries, fieldSetters } from '../../../src/core/moderation/read-draft-history.js';
import type { DecisionRecord } from '../../../src/core/moderation/draft-repository.js';
import { aDraft, aDraftFields } from '../../helpers/draft-builder.js';

const intake = { platform: 'system' as const, id: 'intake', name: 'normbot intake' };
const alice = { platform: 'slack' as const, id: 'U1', name: 'Alice' };
const bob = { platform: 'discord' as const, id: 'D2', name: 'Bob' };
const v1 = { draftId: 4, version: 1, at: '2026-11-20T09:00:00.000Z', actor: intake, fields: aDraftFields(), change: 'created from contribution #2', kind: 'created' as const };
const v2 = { draftId: 4, version: 2, at: '2026-11-21T09:30:00.000Z', actor: alice, fields: aDraftFields({ launchYear: 2019 }), change: "year: '2021' -> '2019'", kind: 'edit' as const };

function decision(overrides: Partial<DecisionRecord>): DecisionRecord {
  return { id: 1, draftId: 4, status: 'approved', actor: alice, at: '2026-11-22T10:00:00.000Z', reason: null, agreementId: null, undoneAt: null, undoneBy: null, ...overrides };
}

const lines = (entries: ReturnType<typeof draftHistoryEntries>) => draftHistoryReply(4, entries).text.split('\n').slice(1);

describe('draftHistoryReply', () => {
  it('shows who changed what in each version', () => {
    expect(lines(draftHistoryEntries(null, [v1, v2], []))[1]).toBe("  v2  2026-11-21 09:30 UTC  Alice (slack)  year: '2021' -> '2019'");
  });

  it('lists each decision with who, on which platform, when and why, in time order among the versions', () => {
    const rejected = decision({ id: 1, status: 'rejected', actor: bob, at: '2026-11-21T08:00:00.000Z', reason: 'out of scope', undoneAt: '2026-11-21T08:05:00.000Z', undoneBy: alice });
    const merged = decision({ id: 2, status: 'merged', agreementId: 12 });
    expect(lines(draftHistoryEntries(aDraft({ id: 4, status: 'merged' }), [v1, v2], [rejected, merged]))).toEqual([
      '  v1  2026-11-20 09:00 UTC  normbot intake (system)  created from contribution #2',
      '  decision  2026-11-21 08:00 UTC  Bob (discord)  rejected: out of scope',
      '  undo  2026-11-21 08:05 UTC  Alice (slack)  undid the rejection of 2026-11-21 08:00 UTC; pending again',
      "  v2  2026-11-21 09:30 UTC  Alice (slack)  year: '2021' -> '2019'",
      '  decision  2026-11-22 10:00 UTC  Alice (slack)  merged into agreement 12',
    ]);
  });

  it('names the agreement an approval made, and a withdrawal by the contributor', () => {
    expect(lines(draftHistoryEntries(null, [v1], [decision({ agreementId: 31 })]))[1]).toBe('  decision  2026-11-22 10:00 UTC  Alice (slack)  approved as agreement 31');
    const withdrawn = aDraft({ id: 4, contributionId: 2, status: 'withdrawn', decidedAt: '2026-11-22T11:00:00.000Z', decidedBy: { platform: 'system', id: 'contributor:2', name: 'the contributor' }, reason: 'withdrawn by the contributor (reply 5)' });
    expect(lines(draftHistoryEntries(withdrawn, [v1], []))[1]).toBe('  withdrawn  2026-11-22 11:00 UTC  the contributor (system)  withdrawn by the contributor (reply 5)');
  });
});

describe('fieldSetters', () => {
  it('names who set each field a version changed, and hands it back to the parse when an undo restores the intake value', () => {
    expect(fieldSetters([v1, v2])).toEqual({ launchYear: { actor: alice, at: v2.at } });
    const v3 = { ...v1, version: 3, at: '2026-11-21T10:00:00.000Z', actor: bob, kind: 'undo' as const, change: 'undo: restored version 1' };
    expect(fieldSetters([v1, v2, v3])).toEqual({});
  });
});
