import { describe, expect, it } from 'vitest';
import { draftHistoryReply } from '../../../src/core/moderation/draft-history-reply.js';
import { aDraftFields } from '../../helpers/draft-builder.js';

describe('draftHistoryReply', () => {
  it('shows who changed what in each version', () => {
    const versions = [
      { draftId: 4, version: 1, at: '2026-11-20T09:00:00.000Z', actor: { platform: 'system' as const, id: 'intake', name: 'normbot intake' }, fields: aDraftFields(), change: 'created from contribution #2' },
      { draftId: 4, version: 2, at: '2026-11-21T09:30:00.000Z', actor: { platform: 'slack' as const, id: 'U1', name: 'Alice' }, fields: aDraftFields(), change: "year: '2021' -> '2019'" },
    ];
    expect(draftHistoryReply(4, versions).text.split('\n')[2]).toBe("  v2  2026-11-21 09:30 UTC  Alice (slack)  year: '2021' -> '2019'");
  });
});
