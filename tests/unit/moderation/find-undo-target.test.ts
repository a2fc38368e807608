import { describe, expect, it } from 'vitest';
import type { DraftVersion } from '../../../src/core/moderation/draft.js';
import { findUndoTarget } from '../../../src/core/moderation/find-undo-target.js';
import { aDraftFields } from '../../helpers/draft-builder.js';

const actor = { platform: 'terminal' as const, id: 'ann', name: 'ann' };
const v = (version: number, kind: DraftVersion['kind'], year: number): DraftVersion => ({
  draftId: 1,
  version,
  at: '2026-11-23T10:00:00.000Z',
  actor,
  fields: aDraftFields({ launchYear: year }),
  change: '',
  kind,
});

describe('findUndoTarget', () => {
  it('has nothing to undo before the first edit', () => {
    expect(findUndoTarget([v(1, 'created', 2020)])).toBeNull();
  });

  it('restores the version before the last edit', () => {
    expect(findUndoTarget([v(1, 'created', 2020), v(2, 'edit', 2021)])?.version).toBe(1);
  });

  it('walks further back after an undo instead of redoing', () => {
    const history = [v(1, 'created', 2020), v(2, 'edit', 2021), v(3, 'edit', 2022), v(4, 'undo', 2021)];
    expect(findUndoTarget(history)?.version).toBe(1);
  });

  it('stops once every edit is undone', () => {
    const history = [v(1, 'created', 2020), v(2, 'edit', 2021), v(3, 'undo', 2020)];
    expect(findUndoTarget(history)).toBeNull();
  });
});
